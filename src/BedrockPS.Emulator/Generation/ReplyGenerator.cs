using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>
    /// The deterministic model. Without a matching scenario rule it answers "Echo: " + the last user text;
    /// after a tool result it answers "Tool result: " + the result text; when a tool is required it calls that tool
    /// (or the first one) with an input built from the schema. Stop sequences cut the text (stop_sequence),
    /// maxTokens truncates it to that many words (max_tokens).
    /// </summary>
    internal sealed class ReplyGenerator
    {
        public const string EchoPrefix = "Echo: ";
        public const string ToolResultPrefix = "Tool result: ";

        public ModelReply Generate(GenerationRequest request, string requestedModelId, string foundationModelId, Scenario? scenario)
        {
            var reply = new ModelReply { InputTokens = TokenCounter.CountInput(request) };
            ChatMessage? lastUser = request.LastUserMessage;
            string prompt = lastUser?.JoinedText ?? string.Empty;
            bool hasToolResult = lastUser != null && lastUser.ToolResults.Count > 0;
            string toolResultText = lastUser == null ? string.Empty : string.Join("\n", lastUser.ToolResults);

            ScenarioRule? rule = scenario?.Rules.FirstOrDefault(r => r.Matches(requestedModelId, foundationModelId, prompt, hasToolResult));
            string text;
            if (rule != null)
            {
                text = (rule.Reply ?? string.Empty).Replace("{prompt}", prompt).Replace("{toolResult}", toolResultText);
                if (rule.Reasoning != null)
                {
                    reply.ReasoningText = rule.Reasoning.Text;
                    reply.ReasoningSignature = rule.Reasoning.Signature ?? DeriveId("sig", rule.Reasoning.Text, 32);
                }
                int index = 0;
                foreach (var tool in rule.ToolUse ?? new List<ScenarioToolUse>())
                {
                    var input = tool.Input is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();
                    string id = tool.ToolUseId ?? DeriveId("tooluse_", prompt + "|" + tool.Name + "|" + index, 22);
                    reply.ToolCalls.Add(new ToolCall(id, tool.Name, input));
                    index++;
                }
                if (rule.LatencyMs.HasValue)
                {
                    reply.Latency = TimeSpan.FromMilliseconds(rule.LatencyMs.Value);
                }
                if (rule.Fault != null)
                {
                    reply.Fault = FaultSpec.Parse(rule.Fault);
                }
            }
            else if (hasToolResult)
            {
                text = ToolResultPrefix + toolResultText;
            }
            else if (request.RequiredTool != null && request.Tools.Count > 0)
            {
                ToolDefinition tool = request.Tools.FirstOrDefault(t => t.Name == request.RequiredTool) ?? request.Tools[0];
                text = string.Empty;
                reply.ToolCalls.Add(new ToolCall(DeriveId("tooluse_", prompt + "|" + tool.Name, 22), tool.Name, SampleInput(tool.Schema, prompt)));
            }
            else
            {
                text = EchoPrefix + prompt;
            }

            string stopReason = rule?.StopReason ?? (reply.ToolCalls.Count > 0 ? "tool_use" : "end_turn");
            foreach (string stop in request.StopSequences)
            {
                int at = stop.Length == 0 ? -1 : text.IndexOf(stop, StringComparison.Ordinal);
                if (at >= 0)
                {
                    text = text.Substring(0, at);
                    stopReason = "stop_sequence";
                    reply.MatchedStopSequence = stop;
                    reply.ToolCalls.Clear();
                }
            }

            List<string> deltas = TokenCounter.SplitIntoDeltas(text);
            int reasoningTokens = TokenCounter.Count(reply.ReasoningText);
            int budget = request.MaxTokens ?? int.MaxValue;
            if (reasoningTokens + deltas.Count > budget)
            {
                deltas = deltas.Take(Math.Max(0, budget - reasoningTokens)).ToList();
                stopReason = "max_tokens";
                reply.MatchedStopSequence = null;
                reply.ToolCalls.Clear();
            }
            reply.TextDeltas.AddRange(deltas);
            reply.StopReason = stopReason;
            reply.OutputTokens = reasoningTokens + deltas.Count + reply.ToolCalls.Sum(c => TokenCounter.CountJson(c.Input));
            return reply;
        }

        /// <summary>An input that satisfies a simple JSON schema: required (or all) properties with typed sample values.</summary>
        private static JsonObject SampleInput(JsonNode? schema, string prompt)
        {
            var input = new JsonObject();
            if (!(schema?["properties"] is JsonObject properties))
            {
                return input;
            }
            var required = (schema["required"] as JsonArray)?.Select(n => n?.ToString()).ToList();
            foreach (var property in properties)
            {
                if (required != null && required.Count > 0 && !required.Contains(property.Key))
                {
                    continue;
                }
                string type = property.Value?["type"]?.ToString() ?? "string";
                switch (type)
                {
                    case "integer":
                    case "number":
                        input[property.Key] = 1;
                        break;
                    case "boolean":
                        input[property.Key] = true;
                        break;
                    case "array":
                        input[property.Key] = new JsonArray();
                        break;
                    case "object":
                        input[property.Key] = new JsonObject();
                        break;
                    default:
                        var choices = property.Value?["enum"] as JsonArray;
                        input[property.Key] = choices != null && choices.Count > 0 ? choices[0]?.ToString() : prompt;
                        break;
                }
            }
            return input;
        }

        /// <summary>A stable id derived from the request, so the same prompt gives the same ids.</summary>
        internal static string DeriveId(string prefix, string seed, int length)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(seed));
            string encoded = Convert.ToBase64String(hash).Replace('+', '-').Replace('/', '_').TrimEnd('=');
            return prefix + encoded.Substring(0, Math.Min(length, encoded.Length));
        }
    }
}
