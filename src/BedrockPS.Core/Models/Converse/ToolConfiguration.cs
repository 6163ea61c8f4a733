using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The tools offered to the model and how it must choose.</summary>
    public sealed class ToolConfiguration
    {
        public List<Tool> Tools { get; set; } = new List<Tool>();

        public ToolChoice? ToolChoice { get; set; }
    }
}
