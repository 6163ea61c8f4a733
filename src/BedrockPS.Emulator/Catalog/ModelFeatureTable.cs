using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// The features of each model family, keyed by a glob on the foundation model id (first match wins), kept apart
    /// from <see cref="ModelCatalog"/> so catalog entries and feature facts change independently.
    /// Provenance (AWS Bedrock user guide, read 2026-12):
    /// - Structured output (outputConfig.textFormat / output_config.format): "claude-messages-structured-outputs" lists
    ///   Claude Sonnet 4.5, Haiku 4.5, Opus 4.5 and Opus 4.6 (Sonnet 4.6 per Anthropic's announcement). Older Claude
    ///   and Nova (v1) models answer with forced tool use instead.
    /// - Prompt caching ("prompt-caching", supported models table): minimum tokens per checkpoint 1,024 for Claude 3.7
    ///   Sonnet, Sonnet 4, Sonnet 4.5, Opus 4, Opus 4.1; 2,048 for Claude 3.5 Haiku; 4,096 for Haiku 4.5, Opus 4.5;
    ///   1K for Nova Micro/Lite/Pro/Premier, whose checkpoints go in system and messages only. The 1 hour TTL is
    ///   offered for Claude Haiku 4.5, Sonnet 4.5 and Opus 4.5. Claude 3 Haiku, Llama, Mistral, Cohere and Titan have
    ///   no prompt caching.
    /// - Latency-optimized inference ("latency-optimized-inference"): Nova Pro, Claude 3.5 Haiku, Llama 3.1 70B/405B.
    /// - Service tiers ("service-tiers-inference"): priority and flex are offered per model; here on the Nova
    ///   family, not on Anthropic models (whose only other tier is reserved capacity).
    /// - "$defs" refused by Nova: public reports of "#/toolConfig/tools/1/toolSpec/inputSchema/json: extraneous key
    ///   [$defs] is not permitted" from Nova models.
    /// </summary>
    internal static class ModelFeatureTable
    {
        private static readonly string[] PriorityAndFlex = { "priority", "flex" };

        private static readonly List<(Regex Pattern, ModelFeatures Features)> Rows = new List<(Regex, ModelFeatures)>
        {
            Row("anthropic.claude-haiku-4-5*", new ModelFeatures { StructuredOutput = true, CacheMinimumTokens = 4096, CacheInTools = true, CacheOneHour = true }),
            Row("anthropic.claude-sonnet-4-5*", new ModelFeatures { StructuredOutput = true, CacheMinimumTokens = 1024, CacheInTools = true, CacheOneHour = true }),
            Row("anthropic.claude-opus-4-5*", new ModelFeatures { StructuredOutput = true, CacheMinimumTokens = 4096, CacheInTools = true, CacheOneHour = true }),
            Row("anthropic.claude-opus-4-6*", new ModelFeatures { StructuredOutput = true, CacheMinimumTokens = 4096, CacheInTools = true, CacheOneHour = true }),
            Row("anthropic.claude-sonnet-4-6*", new ModelFeatures { StructuredOutput = true, CacheMinimumTokens = 1024, CacheInTools = true, CacheOneHour = true }),
            Row("anthropic.claude-opus-4-1*", new ModelFeatures { CacheMinimumTokens = 1024, CacheInTools = true }),
            Row("anthropic.claude-opus-4-2*", new ModelFeatures { CacheMinimumTokens = 1024, CacheInTools = true }),
            Row("anthropic.claude-sonnet-4-2*", new ModelFeatures { CacheMinimumTokens = 1024, CacheInTools = true }),
            Row("anthropic.claude-3-7-sonnet*", new ModelFeatures { CacheMinimumTokens = 1024, CacheInTools = true }),
            Row("anthropic.claude-3-5-haiku*", new ModelFeatures { CacheMinimumTokens = 2048, CacheInTools = true, LatencyOptimized = true }),
            Row("amazon.nova-pro*", new ModelFeatures { RefusesSchemaDefinitions = true, CacheMinimumTokens = 1000, ServiceTiers = PriorityAndFlex, LatencyOptimized = true }),
            Row("amazon.nova-micro*", new ModelFeatures { RefusesSchemaDefinitions = true, CacheMinimumTokens = 1000, ServiceTiers = PriorityAndFlex }),
            Row("amazon.nova-lite*", new ModelFeatures { RefusesSchemaDefinitions = true, CacheMinimumTokens = 1000, ServiceTiers = PriorityAndFlex }),
            Row("amazon.nova-premier*", new ModelFeatures { RefusesSchemaDefinitions = true, CacheMinimumTokens = 1000, ServiceTiers = PriorityAndFlex }),
            Row("meta.llama3-1-70b*", new ModelFeatures { LatencyOptimized = true }),
            Row("meta.llama3-1-405b*", new ModelFeatures { LatencyOptimized = true }),
        };

        public static ModelFeatures For(FoundationModel model)
        {
            foreach (var (pattern, features) in Rows)
            {
                if (pattern.IsMatch(model.ModelId))
                {
                    return features;
                }
            }
            return ModelFeatures.None;
        }

        private static (Regex, ModelFeatures) Row(string glob, ModelFeatures features) =>
            (new Regex("^" + Regex.Escape(glob).Replace("\\*", ".*") + "$", RegexOptions.CultureInvariant), features);
    }
}
