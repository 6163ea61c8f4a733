namespace BedrockPS.Core.Chat
{
    /// <summary>What a line typed in Enter-BedrockChat asks for.</summary>
    public enum ChatCommandKind
    {
        /// <summary>A prompt for the model.</summary>
        Prompt,
        /// <summary>/exit, /quit or /q: leave the chat.</summary>
        Exit,
        /// <summary>/clear: forget the history.</summary>
        Clear,
        /// <summary>/save &lt;path&gt; [-Force]: write the session to a file.</summary>
        Save,
        /// <summary>/system [text]: set the system prompt, or show it.</summary>
        System,
        /// <summary>/model [id]: switch the model, or show it.</summary>
        Model,
        /// <summary>/help or /?: list the commands.</summary>
        Help,
        /// <summary>A slash command the chat does not know.</summary>
        Unknown,
    }
}
