namespace BedrockPS.Core.Models
{
    /// <summary>The assistant message begins.</summary>
    public sealed class MessageStartEvent
    {
        public string? Role { get; set; }
    }
}
