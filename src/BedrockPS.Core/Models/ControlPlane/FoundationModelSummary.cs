using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A foundation model of the catalog (summary and details share this shape).</summary>
    public sealed class FoundationModelSummary
    {
        public string? ModelArn { get; set; }

        public string? ModelId { get; set; }

        public string? ModelName { get; set; }

        public string? ProviderName { get; set; }

        public List<string>? InputModalities { get; set; }

        public List<string>? OutputModalities { get; set; }

        public bool? ResponseStreamingSupported { get; set; }

        public List<string>? CustomizationsSupported { get; set; }

        public List<string>? InferenceTypesSupported { get; set; }

        public FoundationModelLifecycle? ModelLifecycle { get; set; }
    }
}
