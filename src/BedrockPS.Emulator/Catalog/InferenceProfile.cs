using System.Collections.Generic;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>A system-defined cross-region inference profile ("us.", "eu.", "apac.", "global." + model id).</summary>
    internal sealed class InferenceProfile
    {
        public InferenceProfile(string prefix, FoundationModel model, IReadOnlyList<string> regions)
        {
            Prefix = prefix;
            Model = model;
            Regions = regions;
        }

        public string Prefix { get; }
        public FoundationModel Model { get; }
        /// <summary>Regions the profile routes to; an empty string stands for the region-less global ARN.</summary>
        public IReadOnlyList<string> Regions { get; }

        public string InferenceProfileId => Prefix + "." + Model.ModelId;

        public string InferenceProfileName
        {
            get
            {
                string area = Prefix == "global" ? "Global" : Prefix.ToUpperInvariant();
                return area + " " + Model.ModelName;
            }
        }

        public string Arn(string region, string accountId) =>
            "arn:aws:bedrock:" + region + ":" + accountId + ":inference-profile/" + InferenceProfileId;
    }
}
