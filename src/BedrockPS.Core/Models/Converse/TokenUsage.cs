using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Token counts of a call.</summary>
    public sealed class TokenUsage
    {
        public int InputTokens { get; set; }

        public int OutputTokens { get; set; }

        public int TotalTokens { get; set; }

        public int? CacheReadInputTokens { get; set; }

        public int? CacheWriteInputTokens { get; set; }

        public List<CacheDetail>? CacheDetails { get; set; }
    }
}
