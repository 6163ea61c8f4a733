namespace BedrockPS.Core.Models
{
    /// <summary>Turns citations on for a document or search result.</summary>
    public sealed class CitationsConfig
    {
        /// <summary>True asks the model to cite this source.</summary>
        public bool Enabled { get; set; }
    }
}
