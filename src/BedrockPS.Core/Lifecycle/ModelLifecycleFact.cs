using System;
using System.Globalization;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>What the catalog said about one foundation model's lifecycle: an immutable snapshot.</summary>
    public sealed class ModelLifecycleFact
    {
        public const string ActiveStatus = "ACTIVE";
        public const string LegacyStatus = "LEGACY";

        public ModelLifecycleFact(string modelId, string? modelName, string status, DateTimeOffset? startOfLifeTime,
            DateTimeOffset? legacyTime, DateTimeOffset? publicExtendedAccessTime, DateTimeOffset? endOfLifeTime)
        {
            ModelId = modelId ?? throw new ArgumentNullException(nameof(modelId));
            ModelName = modelName;
            Status = status ?? throw new ArgumentNullException(nameof(status));
            StartOfLifeTime = startOfLifeTime;
            LegacyTime = legacyTime;
            PublicExtendedAccessTime = publicExtendedAccessTime;
            EndOfLifeTime = endOfLifeTime;
        }

        public string ModelId { get; }
        public string? ModelName { get; }

        /// <summary>ACTIVE or LEGACY, as the service reports it.</summary>
        public string Status { get; }

        public DateTimeOffset? StartOfLifeTime { get; }
        public DateTimeOffset? LegacyTime { get; }
        public DateTimeOffset? PublicExtendedAccessTime { get; }
        public DateTimeOffset? EndOfLifeTime { get; }

        public bool IsLegacy => string.Equals(Status, LegacyStatus, StringComparison.OrdinalIgnoreCase);

        /// <summary>The fact a catalog entry carries; null when it has no model id or no lifecycle status.</summary>
        public static ModelLifecycleFact? From(FoundationModelSummary? model)
        {
            FoundationModelLifecycle? lifecycle = model?.ModelLifecycle;
            if (string.IsNullOrEmpty(model?.ModelId) || lifecycle == null || string.IsNullOrEmpty(lifecycle.Status)) return null;
            return new ModelLifecycleFact(model!.ModelId!, model.ModelName, lifecycle.Status!.ToUpperInvariant(), lifecycle.StartOfLifeTime,
                lifecycle.LegacyTime, lifecycle.PublicExtendedAccessTime, lifecycle.EndOfLifeTime);
        }

        /// <summary>One sentence for a Legacy model: when it ends, and since when it costs more.</summary>
        public string DescribeLegacy()
        {
            string name = string.IsNullOrEmpty(ModelName) ? ModelId : ModelId + " (" + ModelName + ")";
            string text = name + " is a Legacy model";
            text += EndOfLifeTime.HasValue
                ? ": it reaches end of life on " + Day(EndOfLifeTime.Value) + ", and calls to it fail from then on."
                : " and will reach end of life; no date is published yet.";
            if (PublicExtendedAccessTime.HasValue)
            {
                text += " Public extended access (provider pricing, usually higher) starts on " + Day(PublicExtendedAccessTime.Value) + ".";
            }
            return text + " Move to an active model.";
        }

        private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
