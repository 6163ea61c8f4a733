using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Guardrails
{
    /// <summary>
    /// ApplyGuardrail with a built-in, documented policy: the word "forbidden" is blocked (word policy, action
    /// GUARDRAIL_INTERVENED, blocked message as output) and e-mail addresses are anonymized as {EMAIL}
    /// (sensitive information policy). Anything else passes with action NONE.
    /// </summary>
    internal sealed class ApplyGuardrailOperation : IOperation
    {
        public const string BlockedWord = "forbidden";
        public const string BlockedMessage = "Sorry, the model cannot answer this question.";
        private static readonly Regex IdentifierPattern = new Regex("^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$");
        private static readonly Regex VersionPattern = new Regex("^(([1-9][0-9]{0,7})|(DRAFT))$");
        private static readonly Regex Email = new Regex("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        private static readonly Regex Blocked = new Regex("\\b" + BlockedWord + "\\b", RegexOptions.IgnoreCase);

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
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(Assess(texts))).ConfigureAwait(false);
        }

        private static JsonObject Assess(List<string> texts)
        {
            int characters = 0;
            bool blocked = false;
            var emails = new List<string>();
            foreach (string text in texts)
            {
                characters += text.Length;
                blocked |= Blocked.IsMatch(text);
                foreach (Match match in Email.Matches(text))
                {
                    emails.Add(match.Value);
                }
            }
            var assessment = new JsonObject();
            var outputs = new JsonArray();
            string action = "NONE";
            if (blocked)
            {
                action = "GUARDRAIL_INTERVENED";
                assessment["wordPolicy"] = new JsonObject
                {
                    ["customWords"] = new JsonArray { new JsonObject { ["match"] = BlockedWord, ["action"] = "BLOCKED", ["detected"] = true } },
                    ["managedWordLists"] = new JsonArray(),
                };
                outputs.Add(new JsonObject { ["text"] = BlockedMessage });
            }
            else if (emails.Count > 0)
            {
                action = "GUARDRAIL_INTERVENED";
                var entities = new JsonArray();
                foreach (string email in emails)
                {
                    entities.Add(new JsonObject { ["match"] = email, ["type"] = "EMAIL", ["action"] = "ANONYMIZED", ["detected"] = true });
                }
                assessment["sensitiveInformationPolicy"] = new JsonObject { ["piiEntities"] = entities, ["regexes"] = new JsonArray() };
                foreach (string text in texts)
                {
                    outputs.Add(new JsonObject { ["text"] = Email.Replace(text, "{EMAIL}") });
                }
            }
            int units = Math.Max(1, (characters + 999) / 1000);
            assessment["invocationMetrics"] = new JsonObject
            {
                ["guardrailProcessingLatency"] = 1,
                ["usage"] = Usage(units),
                ["guardrailCoverage"] = new JsonObject { ["textCharacters"] = new JsonObject { ["guarded"] = characters, ["total"] = characters } },
            };
            var response = new JsonObject
            {
                ["usage"] = Usage(units),
                ["action"] = action,
                ["outputs"] = outputs,
                ["assessments"] = new JsonArray { assessment },
                ["guardrailCoverage"] = new JsonObject { ["textCharacters"] = new JsonObject { ["guarded"] = characters, ["total"] = characters } },
            };
            if (action != "NONE")
            {
                response["actionReason"] = blocked ? "Guardrail blocked." : "Guardrail masked.";
            }
            return response;
        }

        private static JsonObject Usage(int units) => new JsonObject
        {
            ["topicPolicyUnits"] = units,
            ["contentPolicyUnits"] = units,
            ["wordPolicyUnits"] = units,
            ["sensitiveInformationPolicyUnits"] = units,
            ["sensitiveInformationPolicyFreeUnits"] = 0,
            ["contextualGroundingPolicyUnits"] = 0,
        };
    }
}
