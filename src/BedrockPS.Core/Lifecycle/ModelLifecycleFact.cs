using System;
using System.Globalization;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>What the catalog said about one foundation model's lifecycle: an immutable snapshot.</summary>
    public sealed class ModelLifecycleFact
    {
        /// <summary>The lifecycle status of a model that is fully supported.</summary>
        public const string ActiveStatus = "ACTIVE";
        /// <summary>The lifecycle status of a model on its way to end of life.</summary>
        public const string LegacyStatus = "LEGACY";

        /// <summary>Creates a fact; usually built by <see cref="From"/>.</summary>
        /// <param name="modelId">Foundation model id.</param>
        /// <param name="modelName">Display name, or null.</param>
        /// <param name="status">ACTIVE or LEGACY (upper case).</param>
        /// <param name="startOfLifeTime">When the model became available.</param>
        /// <param name="legacyTime">When it became (or becomes) Legacy.</param>
        /// <param name="publicExtendedAccessTime">When extended access at higher prices begins.</param>
        /// <param name="endOfLifeTime">When calls to it start failing.</param>
        /// <exception cref="ArgumentNullException"><paramref name="modelId"/> or <paramref name="status"/> is null.</exception>
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

        /// <summary>Foundation model id (never a profile id).</summary>
        public string ModelId { get; }
        /// <summary>Display name of the model; null when the catalog gave none.</summary>
        public string? ModelName { get; }

        /// <summary>ACTIVE or LEGACY, as the service reports it.</summary>
        public string Status { get; }

        /// <summary>When the model became available; null when not reported.</summary>
        public DateTimeOffset? StartOfLifeTime { get; }
        /// <summary>When the model became (or becomes) Legacy; null when not reported.</summary>
        public DateTimeOffset? LegacyTime { get; }
        /// <summary>When public extended access, at higher prices, begins; null when not reported.</summary>
        public DateTimeOffset? PublicExtendedAccessTime { get; }
        /// <summary>When calls to the model start failing; null when no date is published.</summary>
        public DateTimeOffset? EndOfLifeTime { get; }

        /// <summary>True when <see cref="Status"/> is LEGACY (case-insensitive).</summary>
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
