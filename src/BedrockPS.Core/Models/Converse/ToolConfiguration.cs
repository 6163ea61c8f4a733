using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The tools offered to the model and how it must choose.</summary>
    public sealed class ToolConfiguration
    {
        /// <summary>Tools offered, at least one.</summary>
        public List<Tool> Tools { get; set; } = new List<Tool>();

        /// <summary>How the model must choose; null leaves it to the model. Only some models accept any or a specific tool.</summary>
        public ToolChoice? ToolChoice { get; set; }
    }
}
