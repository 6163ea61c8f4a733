using System;

namespace BedrockPS.Core.Models
{
    /// <summary>The lifecycle of a foundation model.</summary>
    public sealed class FoundationModelLifecycle
    {
        /// <summary>ACTIVE or LEGACY.</summary>
        public string? Status { get; set; }

        public DateTimeOffset? StartOfLifeTime { get; set; }

        public DateTimeOffset? EndOfLifeTime { get; set; }

        public DateTimeOffset? LegacyTime { get; set; }

        public DateTimeOffset? PublicExtendedAccessTime { get; set; }
    }
}
