namespace BedrockPS.Chat
{
    /// <summary>What a line typed in Enter-BedrockChat asks for.</summary>
    internal enum ChatCommandKind
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
