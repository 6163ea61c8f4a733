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
    /// (or the first one) with an input built from the schema; with outputConfig it answers JSON that validates
    /// against the output schema (see <see cref="SchemaInstanceGenerator"/>). Stop sequences cut the text (stop_sequence),
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

            ScenarioRule? rule = scenario?.Rules.FirstOrDefault(r => r.Matches(requestedModelId, foundationModelId, prompt, hasToolResult, request.WantsStructuredAnswer));
            bool breakStructured = rule != null && rule.BreaksStructuredAnswer(request.UserTurns);
            string text;
            if (rule != null && (rule.Reply != null || rule.ToolUse != null || rule.StructuredOutput == null))
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
            }
            else if (hasToolResult)
            {
                text = ToolResultPrefix + toolResultText;
            }
            else if (request.RequiredTool != null && request.Tools.Count > 0)
            {
                ToolDefinition tool = request.Tools.FirstOrDefault(t => t.Name == request.RequiredTool) ?? request.Tools[0];
                text = string.Empty;
                JsonNode? input = SchemaInstanceGenerator.Generate(tool.Schema, prompt);
                if (breakStructured)
                {
                    input = StructuredAnswerBreaker.Break(input, tool.Schema);
                }
                reply.ToolCalls.Add(new ToolCall(DeriveId("tooluse_", prompt + "|" + tool.Name, 22), tool.Name, input as JsonObject ?? new JsonObject()));
            }
            else if (request.OutputSchema != null)
            {
                // The model answers with the JSON text itself, as constrained decoding makes it.
                JsonNode? answer = SchemaInstanceGenerator.Generate(request.OutputSchema, prompt);
                JsonNode? final = breakStructured ? StructuredAnswerBreaker.Break(answer, request.OutputSchema) : answer;
                text = final == null ? "null" : Json.JsonBody.Text(final);
            }
            else
            {
                text = EchoPrefix + prompt;
            }
            if (rule?.LatencyMs != null)
            {
                reply.Latency = TimeSpan.FromMilliseconds(rule.LatencyMs.Value);
            }
            if (rule?.Fault != null)
            {
                reply.Fault = FaultSpec.Parse(rule.Fault);
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
