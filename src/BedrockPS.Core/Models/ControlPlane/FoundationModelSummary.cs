using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>A foundation model of the catalog (summary and details share this shape).</summary>
    public sealed class FoundationModelSummary
    {
        /// <summary>ARN of the model.</summary>
        public string? ModelArn { get; set; }

        /// <summary>Model id to call it by, for example anthropic.claude-3-haiku-20240307-v1:0.</summary>
        public string? ModelId { get; set; }

        /// <summary>Display name of the model.</summary>
        public string? ModelName { get; set; }

        /// <summary>Display name of the provider.</summary>
        public string? ProviderName { get; set; }

        /// <summary>What the model accepts: TEXT, IMAGE, EMBEDDING, ...</summary>
        public List<string>? InputModalities { get; set; }

        /// <summary>What the model produces: TEXT, IMAGE, EMBEDDING, ...</summary>
        public List<string>? OutputModalities { get; set; }

        /// <summary>True when ConverseStream and InvokeModelWithResponseStream work with it; null when not stated.</summary>
        public bool? ResponseStreamingSupported { get; set; }

        /// <summary>FINE_TUNING, CONTINUED_PRE_TRAINING or DISTILLATION, as available.</summary>
        public List<string>? CustomizationsSupported { get; set; }

        /// <summary>How the model can be called: ON_DEMAND, PROVISIONED, or INFERENCE_PROFILE for a model reachable only through an inference profile (not in the service model's enum, but sent).</summary>
        public List<string>? InferenceTypesSupported { get; set; }

        /// <summary>Whether the model is active or legacy, and its dates.</summary>
        public FoundationModelLifecycle? ModelLifecycle { get; set; }
    }
}
