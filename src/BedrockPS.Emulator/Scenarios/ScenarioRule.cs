using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace BedrockPS.Emulator
{
    /// <summary>
    /// One scripted behaviour: when the model id matches <see cref="Model"/> (glob, * and ?) and the last user text
    /// matches <see cref="Prompt"/> (regex), the model answers with the rule's reply, tool use, reasoning, stop reason,
    /// latency or fault. The first matching rule wins.
    /// </summary>
    public sealed class ScenarioRule
    {
        /// <summary>Glob on the model id as sent (profile id or ARN) or on the resolved foundation model id. Null matches all.</summary>
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        /// <summary>Regex searched in the last user message's text. Null matches all.</summary>
        [JsonPropertyName("prompt")]
        public string? Prompt { get; set; }

        /// <summary>true: match only when the last user message carries a toolResult; false: only when it does not.</summary>
        [JsonPropertyName("whenToolResult")]
        public bool? WhenToolResult { get; set; }

        /// <summary>Reply text. "{prompt}" is replaced by the last user text, "{toolResult}" by the tool result text.</summary>
        [JsonPropertyName("reply")]
        public string? Reply { get; set; }

        /// <summary>Tool calls the model requests in its answer, in order (the stop reason becomes tool_use).</summary>
        [JsonPropertyName("toolUse")]
        public List<ScenarioToolUse>? ToolUse { get; set; }

        /// <summary>Reasoning content placed before the reply.</summary>
        [JsonPropertyName("reasoning")]
        public ScenarioReasoning? Reasoning { get; set; }

        /// <summary>Wire stop reason; by default tool_use when the rule calls a tool, else end_turn.</summary>
        [JsonPropertyName("stopReason")]
        public string? StopReason { get; set; }

        /// <summary>Milliseconds the answer is held back, and the latency the response reports.</summary>
        [JsonPropertyName("latencyMs")]
        public int? LatencyMs { get; set; }

        /// <summary>A fault in the x-bedrockps-emulator-fault syntax, e.g. "throttling" or "cut:3".</summary>
        [JsonPropertyName("fault")]
        public string? Fault { get; set; }

        /// <summary>
        /// For requests that must answer to a schema (outputConfig, or a required tool with an input schema): "invalid"
        /// makes every answer fail the schema; "invalid-first" only the first attempt (a request with one user turn),
        /// so a client's repair turn gets a valid answer. A rule with this and no reply or toolUse matches only such requests.
        /// </summary>
        [JsonPropertyName("structuredOutput")]
        public string? StructuredOutput { get; set; }

        internal bool BreaksStructuredAnswer(int userTurns) =>
            StructuredOutput == "invalid" || (StructuredOutput == "invalid-first" && userTurns <= 1);

        /// <summary>Throws FormatException for what would fail every matching request: a bad regex, fault or tool call.</summary>
        internal void Validate(int number)
        {
            if (Prompt != null)
            {
                try
                {
                    _ = new Regex(Prompt, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException ex)
                {
                    throw new FormatException($"Rule {number}: \"prompt\" is not a valid regular expression ({ex.Message}).", ex);
                }
            }
            if (Fault != null)
            {
                FaultSpec.Parse(Fault);
            }
            if (ToolUse != null && ToolUse.Exists(tool => tool == null || string.IsNullOrEmpty(tool.Name)))
            {
                throw new FormatException($"Rule {number}: each \"toolUse\" entry needs a \"name\".");
            }
        }

        internal bool Matches(string requestedModelId, string foundationModelId, string lastUserText, bool lastTurnHasToolResult, bool structuredRequest = false)
        {
            if (StructuredOutput != null && Reply == null && ToolUse == null && !structuredRequest)
            {
                return false;
            }
            if (Model != null && !Glob(Model, requestedModelId) && !Glob(Model, foundationModelId))
            {
                return false;
            }
            if (WhenToolResult.HasValue && WhenToolResult.Value != lastTurnHasToolResult)
            {
                return false;
            }
            return Prompt == null || Regex.IsMatch(lastUserText, Prompt, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        private static bool Glob(string pattern, string text)
        {
            string regex = "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$";
            return Regex.IsMatch(text, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
