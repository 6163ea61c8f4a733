namespace BedrockPS.Tools
{
    /// <summary>Whether tools requested by the model are run: never, automatically, or after asking the user.</summary>
    public enum ToolInvocationMode
    {
        None,
        Auto,
        Confirm,
    }
}
