using System;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>Reads the foundation model behind a model identifier without asking the service.</summary>
    public static class ModelIdentifiers
    {
        /// <summary>Geography prefixes of system-defined cross-region inference profiles ("us." + model id).</summary>
        private static readonly string[] ProfilePrefixes = { "us.", "eu.", "apac.", "global.", "us-gov.", "ca.", "jp.", "au." };

        /// <summary>
        /// The foundation model id that <paramref name="identifier"/> names: the id itself, a system inference profile id,
        /// or the ARN of either. Null when that cannot be told locally (an application inference profile, a provisioned
        /// or custom model ARN, a blank string).
        /// </summary>
        public static string? FoundationModelIdOf(string? identifier)
        {
            if (string.IsNullOrWhiteSpace(identifier)) return null;
            string id = identifier!.Trim();
            if (id.StartsWith("arn:", StringComparison.Ordinal))
            {
                id = ResourceIdOf(id, ":foundation-model/") ?? ResourceIdOf(id, ":inference-profile/") ?? string.Empty;
                if (id.Length == 0) return null;
            }
            foreach (string prefix in ProfilePrefixes)
            {
                if (id.StartsWith(prefix, StringComparison.Ordinal)) return id.Substring(prefix.Length);
            }
            return id;
        }

        private static string? ResourceIdOf(string arn, string marker)
        {
            int at = arn.IndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? null : arn.Substring(at + marker.Length);
        }
    }
}
