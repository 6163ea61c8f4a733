namespace BedrockPS.Core.Models
{
    /// <summary>The output union of Converse (only message exists).</summary>
    public sealed class ConverseOutput
    {
        public Message? Message { get; set; }
    }
}
