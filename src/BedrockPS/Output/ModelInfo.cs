using System;
using System.Collections.Generic;

namespace BedrockPS
{
    /// <summary>A foundation model from the Bedrock catalog (Get-BedrockModel).</summary>
    public sealed class ModelInfo
    {
        internal ModelInfo(
            string modelId,
            string? modelName,
            string? providerName,
            string? modelArn,
            IReadOnlyList<string> inputModalities,
            IReadOnlyList<string> outputModalities,
            bool? responseStreamingSupported,
            IReadOnlyList<string> inferenceTypesSupported,
            IReadOnlyList<string> customizationsSupported,
            string? lifecycleStatus,
            DateTimeOffset? startOfLifeTime,
            DateTimeOffset? legacyTime,
            DateTimeOffset? publicExtendedAccessTime,
            DateTimeOffset? endOfLifeTime)
        {
            ModelId = modelId;
            ModelName = modelName;
            ProviderName = providerName;
            ModelArn = modelArn;
            InputModalities = inputModalities;
            OutputModalities = outputModalities;
            ResponseStreamingSupported = responseStreamingSupported;
            InferenceTypesSupported = inferenceTypesSupported;
            CustomizationsSupported = customizationsSupported;
            LifecycleStatus = lifecycleStatus;
            StartOfLifeTime = startOfLifeTime;
            LegacyTime = legacyTime;
            PublicExtendedAccessTime = publicExtendedAccessTime;
            EndOfLifeTime = endOfLifeTime;
        }

        /// <summary>The id to pass as -ModelId (some newer models answer only through an inference profile).</summary>
        public string ModelId { get; }

        /// <summary>The model's display name.</summary>
        public string? ModelName { get; }

        /// <summary>The company that makes the model (Anthropic, Amazon, Meta ...).</summary>
        public string? ProviderName { get; }

        /// <summary>The model's full ARN.</summary>
        public string? ModelArn { get; }

        /// <summary>What the model reads: TEXT, IMAGE, DOCUMENT, VIDEO, SPEECH ...</summary>
        public IReadOnlyList<string> InputModalities { get; }

        /// <summary>What the model produces: TEXT, IMAGE or EMBEDDING.</summary>
        public IReadOnlyList<string> OutputModalities { get; }

        /// <summary>Whether -Stream works with the model.</summary>
        public bool? ResponseStreamingSupported { get; }

        /// <summary>ON_DEMAND, PROVISIONED and/or INFERENCE_PROFILE: how the model can be called.</summary>
        public IReadOnlyList<string> InferenceTypesSupported { get; }

        /// <summary>FINE_TUNING, CONTINUED_PRE_TRAINING and/or DISTILLATION.</summary>
        public IReadOnlyList<string> CustomizationsSupported { get; }

        /// <summary>ACTIVE or LEGACY. A model past its end of life is no longer in the catalog at all.</summary>
        public string? LifecycleStatus { get; }

        /// <summary>When the model became available on Bedrock.</summary>
        public DateTimeOffset? StartOfLifeTime { get; }

        /// <summary>When the model entered Legacy (published once it has).</summary>
        public DateTimeOffset? LegacyTime { get; }

        /// <summary>When the public extended access part of the Legacy period starts (provider pricing, usually higher).</summary>
        public DateTimeOffset? PublicExtendedAccessTime { get; }

        /// <summary>When the model stops answering: calls fail from then on.</summary>
        public DateTimeOffset? EndOfLifeTime { get; }

        /// <summary>The model id.</summary>
        public override string ToString() => ModelId;
    }
}
