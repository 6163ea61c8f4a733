using System;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// When a model launched, entered Legacy, entered public extended access and reaches end of life, with where those
    /// dates came from. The status follows from the dates and the emulator's clock, as it does on the service.
    /// </summary>
    internal sealed class ModelLifecycleDates
    {
        public ModelLifecycleDates(DateTimeOffset startOfLife, DateTimeOffset? legacy, DateTimeOffset? publicExtendedAccess,
            DateTimeOffset? endOfLife, string source)
        {
            StartOfLife = startOfLife;
            Legacy = legacy;
            PublicExtendedAccess = publicExtendedAccess;
            EndOfLife = endOfLife;
            Source = source;
        }

        public DateTimeOffset StartOfLife { get; }
        public DateTimeOffset? Legacy { get; }
        public DateTimeOffset? PublicExtendedAccess { get; }
        public DateTimeOffset? EndOfLife { get; }

        /// <summary>Provenance of the Legacy and end-of-life dates (a public source, or why the emulator chose them).</summary>
        public string Source { get; }

        /// <summary>Past end of life: gone from the catalog, and every call to it fails.</summary>
        public bool IsRetiredAt(DateTimeOffset now) => EndOfLife.HasValue && now >= EndOfLife.Value;

        public bool IsLegacyAt(DateTimeOffset now) => Legacy.HasValue && now >= Legacy.Value && !IsRetiredAt(now);

        /// <summary>ACTIVE or LEGACY, the two values of FoundationModelLifecycleStatus.</summary>
        public string StatusAt(DateTimeOffset now) => Legacy.HasValue && now >= Legacy.Value ? "LEGACY" : "ACTIVE";
    }
}
