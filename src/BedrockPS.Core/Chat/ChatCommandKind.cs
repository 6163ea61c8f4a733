namespace BedrockPS.Core.Chat
{
    /// <summary>What a line typed in Enter-BedrockChat asks for.</summary>
    public enum ChatCommandKind
    {
        /// <summary>A prompt for the model.</summary>
        Prompt,
        Exit,
        Clear,
        Save,
        System,
        Model,
        Help,
        Unknown,
    }
}
