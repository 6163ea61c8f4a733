using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Guardrails
{
    /// <summary>ApplyGuardrail: validates the identifier, version and body, then answers the built-in GuardrailPolicy.</summary>
    internal sealed class ApplyGuardrailOperation : IOperation
    {
        private static readonly Regex IdentifierPattern = new Regex("^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$");
        private static readonly Regex VersionPattern = new Regex("^(([1-9][0-9]{0,7})|(DRAFT))$");

        public async Task HandleAsync(OperationContext context)
        {
            string identifier = context.PathSegments[1];
            string version = context.PathSegments[3];
            var violations = new List<string>();
            if (identifier.Length > 2048 || !IdentifierPattern.IsMatch(identifier))
            {
                violations.Add("Value '" + identifier + "' at 'guardrailIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))");
            }
            if (!VersionPattern.IsMatch(version))
            {
                violations.Add("Value '" + version + "' at 'guardrailVersion' failed to satisfy constraint: Member must satisfy regular expression pattern: (([1-9][0-9]{0,7})|(DRAFT))");
            }
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            string? source = JsonBody.String(body, "source");
            if (source == null)
            {
                violations.Add("Value null at 'source' failed to satisfy constraint: Member must not be null");
            }
            else if (source != "INPUT" && source != "OUTPUT")
            {
                violations.Add("Value '" + source + "' at 'source' failed to satisfy constraint: Member must satisfy enum value set: [INPUT, OUTPUT]");
            }
            var content = body["content"] as JsonArray;
            if (content == null)
            {
                violations.Add("Value null at 'content' failed to satisfy constraint: Member must not be null");
            }
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }

            var texts = new List<string>();
            foreach (var block in content!)
            {
                string? text = block?["text"]?["text"]?.ToString();
                if (text != null)
                {
                    texts.Add(text);
                }
            }
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(GuardrailPolicy.Assess(texts))).ConfigureAwait(false);
        }
    }
}
