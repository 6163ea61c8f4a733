namespace BedrockPS.Tools
{
    /// <summary>Whether tools requested by the model are run: never, automatically, or after asking the user.</summary>
    public enum ToolInvocationMode
    {
        /// <summary>Tools are not run: the answer carries the model's requests in ToolUse.</summary>
        None,

        /// <summary>Each requested tool runs and its output goes back to the model, until it ends its turn.</summary>
        Auto,

        /// <summary>The user is asked before each tool runs; a refusal is sent to the model as the tool's result.</summary>
        Confirm,
    }
}
