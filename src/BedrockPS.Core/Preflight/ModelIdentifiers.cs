using System;
using System.Text.RegularExpressions;

namespace BedrockPS.Core.Preflight
{
    /// <summary>Tells apart the kinds of id a -ModelId may hold: foundation model, system profile, application profile (ids or ARNs).</summary>
    public static class ModelIdentifiers
    {
        // Cross-region profile ids start with a geography ("us.", "global."...); application profile ids are twelve characters.
        private static readonly Regex SystemProfileId = new Regex("^(us|eu|apac|global|us-gov|ca|jp|au)\\.[a-z0-9-]+\\.", RegexOptions.CultureInvariant);
        private static readonly Regex ApplicationProfileId = new Regex("^[a-z0-9]{12}$", RegexOptions.CultureInvariant);

        /// <summary>True for a cross-region (system-defined) inference profile id such as us.anthropic.claude-3-haiku-20240307-v1:0 or global.x.y; false for ARNs.</summary>
        /// <param name="id">A model id as given; must not be null.</param>
        public static bool IsSystemProfileId(string id) => SystemProfileId.IsMatch(id);

        /// <summary>The resource type of a Bedrock ARN ("foundation-model", "inference-profile"...), or null for a plain id.</summary>
        public static string? ArnResourceType(string id)
        {
            if (!id.StartsWith("arn:", StringComparison.Ordinal)) return null;
            int slash = id.IndexOf('/');
            if (slash < 0) return string.Empty;
            int colon = id.LastIndexOf(':', slash);
            return id.Substring(colon + 1, slash - colon - 1);
        }

        /// <summary>The foundation model id an id names directly, or null when it names an inference profile.</summary>
        public static string? FoundationModelIdOf(string modelId)
        {
            string id = modelId.Trim();
            string? resourceType = ArnResourceType(id);
            if (resourceType != null)
            {
                return resourceType == "foundation-model" ? id.Substring(id.IndexOf('/') + 1) : null;
            }
            return SystemProfileId.IsMatch(id) || ApplicationProfileId.IsMatch(id) ? null : id;
        }

        /// <summary>The ARN of a foundation model in a region ("aws-cn" and "aws-us-gov" partitions included).</summary>
        public static string FoundationModelArn(string modelId, string region)
        {
            string partition = region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
                : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";
            return "arn:" + partition + ":bedrock:" + region + "::foundation-model/" + modelId;
        }
    }
}
