namespace BedrockPS.Core.Models
{
    /// <summary>The output union of Converse (only message exists).</summary>
    public sealed class ConverseOutput
    {
        /// <summary>The assistant's reply; null only when the service sent no output.</summary>
        public Message? Message { get; set; }
    }
}
