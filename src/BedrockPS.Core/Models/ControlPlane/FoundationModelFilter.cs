namespace BedrockPS.Core.Models
{
    /// <summary>Filters of ListFoundationModels (all optional, sent as query parameters).</summary>
    public sealed class FoundationModelFilter
    {
        /// <summary>Only models of this provider, for example Anthropic or Amazon.</summary>
        public string? ByProvider { get; set; }

        /// <summary>FINE_TUNING, CONTINUED_PRE_TRAINING or DISTILLATION.</summary>
        public string? ByCustomizationType { get; set; }

        /// <summary>TEXT, IMAGE or EMBEDDING.</summary>
        public string? ByOutputModality { get; set; }

        /// <summary>ON_DEMAND or PROVISIONED.</summary>
        public string? ByInferenceType { get; set; }
    }
}
