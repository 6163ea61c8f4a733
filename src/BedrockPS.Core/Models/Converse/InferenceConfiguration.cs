using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The sampling settings every model takes through Converse (wire inferenceConfig); null members are not sent, so the model's defaults apply. Model-specific settings go in additionalModelRequestFields.</summary>
    public sealed class InferenceConfiguration
    {
        /// <summary>Most tokens the answer may have (at least 1); null uses the model's maximum.</summary>
        public int? MaxTokens { get; set; }

        /// <summary>Randomness, 0 to 1; lower picks likelier tokens. Null uses the model's default.</summary>
        public float? Temperature { get; set; }

        /// <summary>Nucleus sampling share, 0 to 1 (0.8 samples from the likeliest 80%); null uses the model's default.</summary>
        public float? TopP { get; set; }

        /// <summary>Strings that end generation when the model produces one; null sends none.</summary>
        public List<string>? StopSequences { get; set; }
    }
}
