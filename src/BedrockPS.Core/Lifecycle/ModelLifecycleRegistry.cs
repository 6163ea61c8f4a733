using System;
using System.Collections.Generic;
using System.Linq;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>
    /// The lifecycle facts this process has learnt from catalog answers (ListFoundationModels, GetFoundationModel), and
    /// the Legacy models already warned about. Learning rides on catalog calls that are made anyway, so a model call
    /// never waits for, or pays for, an extra request: an unknown model simply gets no warning. One lock guards both
    /// tables; facts are immutable, so readers get them without copying.
    /// </summary>
    public static class ModelLifecycleRegistry
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<string, ModelLifecycleFact> Facts = new Dictionary<string, ModelLifecycleFact>(StringComparer.Ordinal);
        private static readonly HashSet<string> Warned = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Records what catalog entries say; a later answer about the same model replaces the earlier one.</summary>
        public static void Learn(IEnumerable<FoundationModelSummary>? models)
        {
            if (models == null) return;
            List<ModelLifecycleFact> facts = models.Select(ModelLifecycleFact.From).Where(f => f != null).Select(f => f!).ToList();
            if (facts.Count == 0) return;
            lock (Gate)
            {
                foreach (ModelLifecycleFact fact in facts) Facts[fact.ModelId] = fact;
            }
        }

        /// <summary>Records what one catalog entry says; entries without an id or lifecycle status are ignored.</summary>
        /// <param name="model">A catalog entry, or null (ignored).</param>
        public static void Learn(FoundationModelSummary? model) => Learn(model == null ? null : new[] { model });

        /// <summary>What is known about the foundation model behind <paramref name="modelIdentifier"/> (id, profile id or ARN).</summary>
        public static ModelLifecycleFact? Find(string? modelIdentifier)
        {
            string? modelId = ModelIdentifiers.FoundationModelIdOf(modelIdentifier);
            if (modelId == null) return null;
            lock (Gate)
            {
                return Facts.TryGetValue(modelId, out ModelLifecycleFact? fact) ? fact : null;
            }
        }

        /// <summary>
        /// The warning for a call to <paramref name="modelIdentifier"/> when its model is known to be Legacy, once per
        /// foundation model for the life of the process (a profile id and the bare id count as one); null otherwise.
        /// </summary>
        public static string? TakeLegacyWarning(string? modelIdentifier)
        {
            string? modelId = ModelIdentifiers.FoundationModelIdOf(modelIdentifier);
            if (modelId == null) return null;
            lock (Gate)
            {
                if (!Facts.TryGetValue(modelId, out ModelLifecycleFact? fact) || !fact.IsLegacy || !Warned.Add(modelId)) return null;
                return fact.DescribeLegacy();
            }
        }

        /// <summary>Everything learnt so far, ordered by model id.</summary>
        public static IReadOnlyList<ModelLifecycleFact> Snapshot()
        {
            lock (Gate)
            {
                return Facts.Values.OrderBy(f => f.ModelId, StringComparer.Ordinal).ToList();
            }
        }

        /// <summary>Forgets every fact and every warning given.</summary>
        public static void Reset()
        {
            lock (Gate)
            {
                Facts.Clear();
                Warned.Clear();
            }
        }
    }
}
