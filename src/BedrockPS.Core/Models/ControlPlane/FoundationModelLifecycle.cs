using System;

namespace BedrockPS.Core.Models
{
    /// <summary>The lifecycle of a foundation model.</summary>
    public sealed class FoundationModelLifecycle
    {
        /// <summary>ACTIVE or LEGACY.</summary>
        public string? Status { get; set; }

        /// <summary>When the model became available.</summary>
        public DateTimeOffset? StartOfLifeTime { get; set; }

        /// <summary>When the model stops answering; null when no date is announced.</summary>
        public DateTimeOffset? EndOfLifeTime { get; set; }

        /// <summary>When the model becomes legacy (still usable; move off it before the end of life).</summary>
        public DateTimeOffset? LegacyTime { get; set; }

        /// <summary>When the extended-access part of the legacy period starts, at higher prices.</summary>
        public DateTimeOffset? PublicExtendedAccessTime { get; set; }
    }
}
