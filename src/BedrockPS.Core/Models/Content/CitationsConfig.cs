namespace BedrockPS.Core.Models
{
    /// <summary>Turns citations on for a document or search result.</summary>
    public sealed class CitationsConfig
    {
        public bool Enabled { get; set; }
    }
}
