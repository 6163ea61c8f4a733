using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// What a model family accepts beyond plain Converse: structured output, prompt caching, service tiers and
    /// latency-optimized inference. <see cref="ModelFeatureTable"/> says which family has which.
    /// </summary>
    internal sealed class ModelFeatures
    {
        public static readonly ModelFeatures None = new ModelFeatures();

        /// <summary>outputConfig.textFormat (json_schema) is accepted.</summary>
        public bool StructuredOutput { get; set; }

        /// <summary>The model's request validator refuses "$defs" in tool and output schemas (Nova).</summary>
        public bool RefusesSchemaDefinitions { get; set; }

        /// <summary>Fewest tokens a cached prefix must have; null when the model has no prompt caching.</summary>
        public int? CacheMinimumTokens { get; set; }

        /// <summary>cachePoint is accepted in toolConfig.tools (Claude); otherwise only in system and messages (Nova).</summary>
        public bool CacheInTools { get; set; }

        /// <summary>cachePoint ttl "1h" is accepted; otherwise only the 5 minute default.</summary>
        public bool CacheOneHour { get; set; }

        /// <summary>Service tiers served on demand besides "default" ("reserved" needs a reservation the emulator never has).</summary>
        public IReadOnlyCollection<string> ServiceTiers { get; set; } = Array.Empty<string>();

        /// <summary>performanceConfig.latency "optimized" is accepted.</summary>
        public bool LatencyOptimized { get; set; }
    }
}
