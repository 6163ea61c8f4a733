using System;

namespace BedrockPS.Core.Models
{
    /// <summary>Reads job ids out of job ARNs ("arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/abcd1234efgh").</summary>
    public static class ModelInvocationJobIdentifiers
    {
        private const string ResourceMarker = ":model-invocation-job/";

        /// <summary>The id part of a job ARN.</summary>
        /// <param name="jobArnOrId">A job ARN or a bare id.</param>
        /// <returns>The text after ":model-invocation-job/", the input unchanged when it has no such marker, null for null or empty. Not validated: see <see cref="IsValid"/>.</returns>
        public static string? IdOf(string? jobArnOrId)
        {
            if (string.IsNullOrEmpty(jobArnOrId))
            {
                return null;
            }
            int marker = jobArnOrId!.LastIndexOf(ResourceMarker, StringComparison.Ordinal);
            return marker < 0 ? jobArnOrId : jobArnOrId.Substring(marker + ResourceMarker.Length);
        }

        /// <summary>True for a bare 12-character job id or a job ARN, the two forms the service takes.</summary>
        public static bool IsValid(string? jobArnOrId)
        {
            string? id = IdOf(jobArnOrId);
            if (id == null || id.Length != 12)
            {
                return false;
            }
            foreach (char c in id)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }
            return id == jobArnOrId || jobArnOrId!.StartsWith("arn:", StringComparison.Ordinal);
        }
    }
}
