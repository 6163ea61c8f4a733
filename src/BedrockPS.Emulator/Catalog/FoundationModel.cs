using System.Collections.Generic;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>One foundation model of the emulated catalog, with the fields ListFoundationModels reports.</summary>
    internal sealed class FoundationModel
    {
        public FoundationModel(string modelId, string modelName, string providerName, NativeFamily family,
            string[] inputModalities, string[] outputModalities, bool streaming, string[] customizations,
            string[] inferenceTypes, string releaseDate)
        {
            ModelId = modelId;
            ModelName = modelName;
            ProviderName = providerName;
            Family = family;
            InputModalities = inputModalities;
            OutputModalities = outputModalities;
            ResponseStreamingSupported = streaming;
            CustomizationsSupported = customizations;
            InferenceTypesSupported = inferenceTypes;
            ReleaseDate = releaseDate;
            Lifecycle = ModelLifecycleTable.For(modelId, releaseDate);
        }

        public string ModelId { get; }
        public string ModelName { get; }
        public string ProviderName { get; }
        public NativeFamily Family { get; }
        public IReadOnlyList<string> InputModalities { get; }
        public IReadOnlyList<string> OutputModalities { get; }
        public bool ResponseStreamingSupported { get; }
        public IReadOnlyList<string> CustomizationsSupported { get; }
        public IReadOnlyList<string> InferenceTypesSupported { get; }
        /// <summary>ISO date the model became available, reported as modelLifecycle.startOfLifeTime.</summary>
        public string ReleaseDate { get; }
        public ModelLifecycleDates Lifecycle { get; }

        /// <summary>The provider prefix of the id ("anthropic", "amazon"...), which byProvider also matches.</summary>
        public string ProviderKey => ModelId.Substring(0, ModelId.IndexOf('.'));

        /// <summary>Text-generating models are the ones Converse and CountTokens accept.</summary>
        public bool IsConversational => OutputModalities.Count == 1 && OutputModalities[0] == "TEXT";

        public string Arn(string region) => "arn:aws:bedrock:" + region + "::foundation-model/" + ModelId;
    }
}
