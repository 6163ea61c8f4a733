namespace BedrockPS.Core.Models
{
    /// <summary>The assistant message begins.</summary>
    public sealed class MessageStartEvent
    {
        /// <summary>Role of the message; "assistant" for a model answer.</summary>
        public string? Role { get; set; }
    }
}
