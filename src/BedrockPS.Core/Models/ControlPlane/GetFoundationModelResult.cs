namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of GetFoundationModel.</summary>
    internal sealed class GetFoundationModelResult
    {
        public FoundationModelSummary? ModelDetails { get; set; }
    }
}
