using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BedrockPS.Emulator
{
    /// <summary>A scenario file: {"rules":[ScenarioRule,...]}. Rules are tried in order.</summary>
    public sealed class Scenario
    {
        private static readonly JsonSerializerOptions ReadOptions = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        /// <summary>The rules, in the order they are tried.</summary>
        [JsonPropertyName("rules")]
        public List<ScenarioRule> Rules { get; set; } = new List<ScenarioRule>();

        /// <summary>Reads scenario JSON (comments and trailing commas allowed) and checks every rule now rather than at request time.</summary>
        /// <exception cref="FormatException">The text is not JSON, or a rule is malformed; the message names the rule.</exception>
        public static Scenario Parse(string json)
        {
            Scenario? scenario;
            try
            {
                scenario = JsonSerializer.Deserialize<Scenario>(json, ReadOptions);
            }
            catch (JsonException ex)
            {
                throw new FormatException("The scenario is not valid JSON: " + ex.Message, ex);
            }
            if (scenario == null)
            {
                throw new FormatException("The scenario is empty.");
            }
            // Everything a request would trip over later is refused now, while the author is looking at the file.
            if (scenario.Rules == null)
            {
                throw new FormatException("The scenario's \"rules\" must be an array of rules.");
            }
            for (int i = 0; i < scenario.Rules.Count; i++)
            {
                ScenarioRule? rule = scenario.Rules[i];
                if (rule == null)
                {
                    throw new FormatException($"Rule {i + 1} of the scenario is null; each rule must be an object.");
                }
                if (rule.StructuredOutput != null && rule.StructuredOutput != "invalid" && rule.StructuredOutput != "invalid-first")
                {
                    throw new FormatException("structuredOutput must be \"invalid\" or \"invalid-first\", not \"" + rule.StructuredOutput + "\".");
                }
                rule.Validate(i + 1);
            }
            return scenario;
        }

        /// <summary>Reads and checks the scenario file at <paramref name="path"/>, as <see cref="Parse"/> does.</summary>
        public static Scenario Load(string path) => Parse(File.ReadAllText(path));
    }
}
