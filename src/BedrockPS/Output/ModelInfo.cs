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

        public string ModelId { get; }

        public string? ModelName { get; }

        public string? ProviderName { get; }

        public string? ModelArn { get; }

        public IReadOnlyList<string> InputModalities { get; }

        public IReadOnlyList<string> OutputModalities { get; }

        public bool? ResponseStreamingSupported { get; }

        public IReadOnlyList<string> InferenceTypesSupported { get; }

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

        public override string ToString() => ModelId;
    }
}
