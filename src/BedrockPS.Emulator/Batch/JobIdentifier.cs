using System.Text.RegularExpressions;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>The ModelInvocationJobIdentifier constraint: a 12-character job id, or a job ARN ending in one.</summary>
    internal static class JobIdentifier
    {
        private static readonly Regex Pattern = new Regex(@"^((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:model-invocation-job/)?[a-z0-9]{12})$", RegexOptions.CultureInvariant);

        public static string Check(string identifier)
        {
            if (identifier.Length > 1011 || !Pattern.IsMatch(identifier))
            {
                throw ServiceError.ConstraintViolations(new[]
                {
                    "Value '" + identifier + "' at 'jobIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "((arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:model-invocation-job/)?[a-z0-9]{12})",
                });
            }
            return identifier;
        }
    }
}
