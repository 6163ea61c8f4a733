namespace BedrockPS.Core.Models
{
    /// <summary>How the model must choose a tool (union: exactly one property set).</summary>
    public sealed class ToolChoice
    {
        /// <summary>The model decides whether to call a tool (the default).</summary>
        public AutoToolChoice? Auto { get; set; }

        /// <summary>The model must call at least one tool.</summary>
        public AnyToolChoice? Any { get; set; }

        /// <summary>The model must call the named tool.</summary>
        public SpecificToolChoice? Tool { get; set; }

        /// <summary>The model decides whether to call a tool.</summary>
        public static ToolChoice ForAuto() => new ToolChoice { Auto = new AutoToolChoice() };

        /// <summary>The model must call some tool.</summary>
        public static ToolChoice ForAny() => new ToolChoice { Any = new AnyToolChoice() };

        /// <summary>The model must call one named tool.</summary>
        /// <param name="name">Name of a tool in the same tool configuration.</param>
        public static ToolChoice ForTool(string name) => new ToolChoice { Tool = new SpecificToolChoice { Name = name } };
    }
}
