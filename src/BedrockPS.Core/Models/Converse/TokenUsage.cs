using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Token counts of a call as the service reports them (wire TokenUsage); what the call is billed on.</summary>
    public sealed class TokenUsage
    {
        /// <summary>Input tokens the model read, as the service reports them; tokens read from or written to the prompt cache are reported in the cache counts.</summary>
        public int InputTokens { get; set; }

        /// <summary>Tokens the model generated.</summary>
        public int OutputTokens { get; set; }

        /// <summary>Input plus output tokens as the service reports them.</summary>
        public int TotalTokens { get; set; }

        /// <summary>Input tokens served from the prompt cache; null when the service did not report it.</summary>
        public int? CacheReadInputTokens { get; set; }

        /// <summary>Input tokens written to the prompt cache; null when the service did not report it.</summary>
        public int? CacheWriteInputTokens { get; set; }

        /// <summary>Cache writes split by lifetime (1h before 5m); null or empty when nothing was cached.</summary>
        public List<CacheDetail>? CacheDetails { get; set; }
    }
}
