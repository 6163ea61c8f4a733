using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>Builds the one exception a schema problem raises (error code <see cref="BedrockErrorCodes.InvalidJsonSchema"/>).</summary>
    internal static class JsonSchemaErrors
    {
        private const int MaxListed = 10;

        public static BedrockServiceException Invalid(string problem) =>
            new BedrockServiceException(BedrockErrorCodes.InvalidJsonSchema, "The JSON schema cannot be used: " + problem);

        public static BedrockServiceException Unsupported(IReadOnlyList<string> problems)
        {
            IEnumerable<string> listed = problems.Take(MaxListed);
            string more = problems.Count > MaxListed ? "\n- ... and " + (problems.Count - MaxListed) + " more" : string.Empty;
            return new BedrockServiceException(BedrockErrorCodes.InvalidJsonSchema,
                "Bedrock structured output would refuse this JSON schema:\n- " + string.Join("\n- ", listed) + more
                + "\nCorrect the schema (see about_BedrockPS, structured output) and run the command again.");
        }
    }
}
