using System.Collections.Generic;
using System.Text.Json;

namespace BedrockPS.Core.Models
{
    /// <summary>Count the tokens of a Converse input.</summary>
    public sealed class ConverseTokensRequest
    {
        public List<Message>? Messages { get; set; }

        public List<SystemContentBlock>? System { get; set; }

        public ToolConfiguration? ToolConfig { get; set; }

        public JsonElement? AdditionalModelRequestFields { get; set; }
    }
}
