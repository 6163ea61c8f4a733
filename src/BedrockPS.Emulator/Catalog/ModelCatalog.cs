using System;
using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// The emulated account's catalog: real foundation model ids with their modalities, streaming support,
    /// inference types and lifecycle, and the system inference profiles built on them. Retired models stay listed here
    /// so that calls to them get the service's end-of-life answer; see ModelLifecycleTable for their dates.
    /// </summary>
    internal sealed class ModelCatalog
    {
        private static readonly string[] Text = { "TEXT" };
        private static readonly string[] TextImage = { "TEXT", "IMAGE" };
        private static readonly string[] TextImageVideo = { "TEXT", "IMAGE", "VIDEO" };
        private static readonly string[] Embedding = { "EMBEDDING" };
        private static readonly string[] Image = { "IMAGE" };
        private static readonly string[] None = Array.Empty<string>();
        private static readonly string[] FineTuning = { "FINE_TUNING" };
        private static readonly string[] TuneAndPretrain = { "FINE_TUNING", "CONTINUED_PRE_TRAINING" };
        private static readonly string[] Distillation = { "FINE_TUNING", "DISTILLATION" };
        private static readonly string[] OnDemand = { "ON_DEMAND" };
        private static readonly string[] OnDemandProvisioned = { "ON_DEMAND", "PROVISIONED" };
        private static readonly string[] ProfileOnly = { "INFERENCE_PROFILE" };

        public ModelCatalog()
        {
            Models = BuildModels();
            Profiles = BuildProfiles(Models);
        }

        public IReadOnlyList<FoundationModel> Models { get; }
        public IReadOnlyList<InferenceProfile> Profiles { get; }

        public FoundationModel? FindModel(string modelId) =>
            Models.FirstOrDefault(m => string.Equals(m.ModelId, modelId, StringComparison.Ordinal));

        public InferenceProfile? FindProfile(string profileId) =>
            Profiles.FirstOrDefault(p => string.Equals(p.InferenceProfileId, profileId, StringComparison.Ordinal));

        private static FoundationModel M(string id, string name, string provider, NativeFamily family, string[] input, string[] output,
            bool streaming, string[] customizations, string[] inference, string released) =>
            new FoundationModel(id, name, provider, family, input, output, streaming, customizations, inference, released);

        private static List<FoundationModel> BuildModels()
        {
            const NativeFamily Claude = NativeFamily.AnthropicMessages;
            return new List<FoundationModel>
            {
                M("anthropic.claude-3-sonnet-20240229-v1:0", "Claude 3 Sonnet", "Anthropic", Claude, TextImage, Text, true, None, OnDemandProvisioned, "2024-03-04"),
                M("anthropic.claude-3-haiku-20240307-v1:0", "Claude 3 Haiku", "Anthropic", Claude, TextImage, Text, true, FineTuning, OnDemandProvisioned, "2024-03-13"),
                M("anthropic.claude-3-5-haiku-20241022-v1:0", "Claude 3.5 Haiku", "Anthropic", Claude, Text, Text, true, None, OnDemand, "2024-11-04"),
                M("anthropic.claude-3-5-sonnet-20240620-v1:0", "Claude 3.5 Sonnet", "Anthropic", Claude, TextImage, Text, true, None, OnDemandProvisioned, "2024-06-20"),
                M("anthropic.claude-3-5-sonnet-20241022-v2:0", "Claude 3.5 Sonnet v2", "Anthropic", Claude, TextImage, Text, true, None, OnDemandProvisioned, "2024-10-22"),
                M("anthropic.claude-3-7-sonnet-20250219-v1:0", "Claude 3.7 Sonnet", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-02-24"),
                M("anthropic.claude-sonnet-4-20250514-v1:0", "Claude Sonnet 4", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-05-22"),
                M("anthropic.claude-sonnet-4-5-20250929-v1:0", "Claude Sonnet 4.5", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-09-29"),
                M("anthropic.claude-haiku-4-5-20251001-v1:0", "Claude Haiku 4.5", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-10-15"),
                M("anthropic.claude-opus-4-20250514-v1:0", "Claude Opus 4", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-05-22"),
                M("anthropic.claude-opus-4-1-20250805-v1:0", "Claude Opus 4.1", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-08-05"),
                M("anthropic.claude-opus-4-5-20251101-v1:0", "Claude Opus 4.5", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2025-11-24"),
                M("anthropic.claude-opus-4-6-v1", "Claude Opus 4.6", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2026-02-05"),
                M("anthropic.claude-sonnet-4-6", "Claude Sonnet 4.6", "Anthropic", Claude, TextImage, Text, true, None, ProfileOnly, "2026-02-17"),
                M("amazon.nova-micro-v1:0", "Nova Micro", "Amazon", NativeFamily.Nova, Text, Text, true, Distillation, OnDemand, "2024-12-03"),
                M("amazon.nova-lite-v1:0", "Nova Lite", "Amazon", NativeFamily.Nova, TextImageVideo, Text, true, Distillation, OnDemand, "2024-12-03"),
                M("amazon.nova-pro-v1:0", "Nova Pro", "Amazon", NativeFamily.Nova, TextImageVideo, Text, true, Distillation, OnDemand, "2024-12-03"),
                M("amazon.nova-premier-v1:0", "Nova Premier", "Amazon", NativeFamily.Nova, TextImageVideo, Text, true, None, ProfileOnly, "2025-04-30"),
                M("amazon.nova-2-lite-v1:0", "Nova 2 Lite", "Amazon", NativeFamily.Nova, TextImageVideo, Text, true, FineTuning, ProfileOnly, "2025-12-02"),
                M("amazon.titan-text-express-v1", "Titan Text G1 - Express", "Amazon", NativeFamily.TitanText, Text, Text, true, TuneAndPretrain, OnDemand, "2023-11-29"),
                M("amazon.titan-text-lite-v1", "Titan Text G1 - Lite", "Amazon", NativeFamily.TitanText, Text, Text, true, TuneAndPretrain, OnDemand, "2023-11-29"),
                M("amazon.titan-embed-text-v2:0", "Titan Text Embeddings V2", "Amazon", NativeFamily.TitanEmbedding, Text, Embedding, false, None, OnDemand, "2024-04-30"),
                M("amazon.titan-image-generator-v2:0", "Titan Image Generator G1 v2", "Amazon", NativeFamily.ImageGeneration, TextImage, Image, false, FineTuning, OnDemandProvisioned, "2024-08-06"),
                M("amazon.nova-canvas-v1:0", "Nova Canvas", "Amazon", NativeFamily.ImageGeneration, TextImage, Image, false, None, OnDemand, "2024-12-03"),
                M("meta.llama3-8b-instruct-v1:0", "Llama 3 8B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, None, OnDemand, "2024-04-23"),
                M("meta.llama3-70b-instruct-v1:0", "Llama 3 70B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, None, OnDemand, "2024-04-23"),
                M("meta.llama3-1-8b-instruct-v1:0", "Llama 3.1 8B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, FineTuning, ProfileOnly, "2024-07-23"),
                M("meta.llama3-1-70b-instruct-v1:0", "Llama 3.1 70B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, FineTuning, ProfileOnly, "2024-07-23"),
                M("meta.llama3-2-3b-instruct-v1:0", "Llama 3.2 3B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, FineTuning, ProfileOnly, "2024-09-25"),
                M("meta.llama3-3-70b-instruct-v1:0", "Llama 3.3 70B Instruct", "Meta", NativeFamily.Llama, Text, Text, true, None, ProfileOnly, "2024-12-19"),
                M("meta.llama4-scout-17b-instruct-v1:0", "Llama 4 Scout 17B Instruct", "Meta", NativeFamily.Llama, TextImage, Text, true, None, ProfileOnly, "2025-04-28"),
                M("meta.llama4-maverick-17b-instruct-v1:0", "Llama 4 Maverick 17B Instruct", "Meta", NativeFamily.Llama, TextImage, Text, true, None, ProfileOnly, "2025-04-28"),
                M("mistral.mistral-7b-instruct-v0:2", "Mistral 7B Instruct", "Mistral AI", NativeFamily.Mistral, Text, Text, true, None, OnDemand, "2024-03-01"),
                M("mistral.mixtral-8x7b-instruct-v0:1", "Mixtral 8x7B Instruct", "Mistral AI", NativeFamily.Mistral, Text, Text, true, None, OnDemand, "2024-03-01"),
                M("mistral.mistral-large-2402-v1:0", "Mistral Large (24.02)", "Mistral AI", NativeFamily.Mistral, Text, Text, true, None, OnDemand, "2024-04-02"),
                M("mistral.mistral-large-2407-v1:0", "Mistral Large (24.07)", "Mistral AI", NativeFamily.Mistral, Text, Text, true, None, OnDemand, "2024-07-24"),
                M("mistral.pixtral-large-2502-v1:0", "Pixtral Large (25.02)", "Mistral AI", NativeFamily.Mistral, TextImage, Text, true, None, ProfileOnly, "2025-04-08"),
                M("cohere.command-r-v1:0", "Command R", "Cohere", NativeFamily.CohereCommandR, Text, Text, true, None, OnDemand, "2024-04-29"),
                M("cohere.command-r-plus-v1:0", "Command R+", "Cohere", NativeFamily.CohereCommandR, Text, Text, true, None, OnDemand, "2024-04-29"),
                M("cohere.embed-english-v3", "Embed English", "Cohere", NativeFamily.CohereEmbedding, Text, Embedding, false, None, OnDemandProvisioned, "2023-11-28"),
                M("cohere.embed-multilingual-v3", "Embed Multilingual", "Cohere", NativeFamily.CohereEmbedding, Text, Embedding, false, None, OnDemandProvisioned, "2023-11-28"),
            };
        }

        private static List<InferenceProfile> BuildProfiles(IReadOnlyList<FoundationModel> models)
        {
            string[] us = { "us-east-1", "us-east-2", "us-west-2" };
            string[] eu = { "eu-central-1", "eu-west-1", "eu-west-3" };
            string[] apac = { "ap-northeast-1", "ap-southeast-1", "ap-southeast-2" };
            string[] global = { "us-east-1", "" };
            var plan = new (string Prefix, string[] Regions, string[] ModelIds)[]
            {
                ("us", us, new[]
                {
                    "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-5-haiku-20241022-v1:0", "anthropic.claude-3-5-sonnet-20241022-v2:0",
                    "anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0",
                    "anthropic.claude-haiku-4-5-20251001-v1:0", "anthropic.claude-opus-4-20250514-v1:0", "anthropic.claude-opus-4-1-20250805-v1:0",
                    "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0", "amazon.nova-pro-v1:0", "amazon.nova-premier-v1:0",
                    "meta.llama3-1-8b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0", "meta.llama3-2-3b-instruct-v1:0", "meta.llama3-3-70b-instruct-v1:0",
                    "anthropic.claude-opus-4-5-20251101-v1:0", "anthropic.claude-opus-4-6-v1", "anthropic.claude-sonnet-4-6", "amazon.nova-2-lite-v1:0",
                    "meta.llama4-scout-17b-instruct-v1:0", "meta.llama4-maverick-17b-instruct-v1:0", "mistral.pixtral-large-2502-v1:0",
                }),
                ("eu", eu, new[]
                {
                    "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0",
                    "anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0",
                    "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0", "amazon.nova-pro-v1:0",
                    "anthropic.claude-opus-4-5-20251101-v1:0", "anthropic.claude-opus-4-6-v1", "anthropic.claude-sonnet-4-6", "amazon.nova-2-lite-v1:0",
                    "mistral.pixtral-large-2502-v1:0",
                }),
                ("apac", apac, new[] { "anthropic.claude-sonnet-4-20250514-v1:0", "amazon.nova-lite-v1:0" }),
                ("global", global, new[]
                {
                    "anthropic.claude-sonnet-4-20250514-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-haiku-4-5-20251001-v1:0",
                    "anthropic.claude-opus-4-5-20251101-v1:0", "anthropic.claude-opus-4-6-v1", "anthropic.claude-sonnet-4-6", "amazon.nova-2-lite-v1:0",
                }),
            };
            var profiles = new List<InferenceProfile>();
            foreach (var (prefix, regions, ids) in plan)
            {
                foreach (string id in ids)
                {
                    profiles.Add(new InferenceProfile(prefix, models.First(m => m.ModelId == id), regions));
                }
            }
            return profiles;
        }
    }
}
