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
            string? lifecycleStatus)
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

        public string? LifecycleStatus { get; }

        public override string ToString() => ModelId;
    }
}
