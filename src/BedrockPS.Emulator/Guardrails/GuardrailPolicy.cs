using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BedrockPS.Emulator.Guardrails
{
    /// <summary>
    /// The emulator's one guardrail policy, used by ApplyGuardrail and by Converse's guardrailConfig: the word
    /// "forbidden" is blocked (word policy, action GUARDRAIL_INTERVENED, the blocked message as output) and e-mail
    /// addresses are anonymized as {EMAIL} (sensitive information policy). Anything else passes with action NONE.
    /// </summary>
    internal static class GuardrailPolicy
    {
        public const string BlockedWord = "forbidden";
        public const string BlockedMessage = "Sorry, the model cannot answer this question.";
        private static readonly Regex Email = new Regex("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        private static readonly Regex Blocked = new Regex("\\b" + BlockedWord + "\\b", RegexOptions.IgnoreCase);

        public static bool Blocks(string text) => Blocked.IsMatch(text);

        public static JsonObject Assess(List<string> texts)
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
