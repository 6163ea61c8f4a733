namespace BedrockPS.Core.Models
{
    /// <summary>How the model must choose a tool (union: exactly one property set).</summary>
    public sealed class ToolChoice
    {
        public AutoToolChoice? Auto { get; set; }

        public AnyToolChoice? Any { get; set; }

        public SpecificToolChoice? Tool { get; set; }

        public static ToolChoice ForAuto() => new ToolChoice { Auto = new AutoToolChoice() };

        public static ToolChoice ForAny() => new ToolChoice { Any = new AnyToolChoice() };

        public static ToolChoice ForTool(string name) => new ToolChoice { Tool = new SpecificToolChoice { Name = name } };
    }
}
