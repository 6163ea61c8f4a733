using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>Count the tokens of a Converse input.</summary>
    public sealed class ConverseTokensRequest
    {
        /// <summary>The conversation to count.</summary>
        public List<Message>? Messages { get; set; }

        /// <summary>The system prompt to count; null counts none.</summary>
        public List<SystemContentBlock>? System { get; set; }

        /// <summary>Tool definitions to count; null counts none.</summary>
        public ToolConfiguration? ToolConfig { get; set; }

        /// <summary>Model-specific request fields, counted as they would be sent.</summary>
        public JsonElement? AdditionalModelRequestFields { get; set; }
    }
}
