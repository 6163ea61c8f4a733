using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Common inference parameters.</summary>
    public sealed class InferenceConfiguration
    {
        public int? MaxTokens { get; set; }

        public float? Temperature { get; set; }

        public float? TopP { get; set; }

        public List<string>? StopSequences { get; set; }
    }
}
