using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// Runs one user turn of a conversation: calls the model, runs the tools it asks for and sends their results back
    /// until it ends its turn (or the tool-round limit is hit), then appends every message to the session at once.
    /// A failure or cancellation at any round leaves the session exactly as it was.
    /// </summary>
    public class ConversationRunner
    {
        /// <summary>Text of the error result sent for a tool request that was never answered.</summary>
        public const string ToolNotRunText = "The tool was not run.";

        private const string ServerToolUse = "server_tool_use";

        /// <summary>Runs one user turn to its end and, when there is a session, appends every new message and the usage to it in one step.</summary>
        /// <param name="service">The client the calls are made with.</param>
        /// <param name="input">The turn, the session and the request settings.</param>
        /// <param name="ct">Cancels the turn between or during rounds; the session is then left as it was.</param>
        /// <returns>The last response with every message, tool call and the usage of the turn.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> or <paramref name="input"/> is null.</exception>
        /// <exception cref="ArgumentException">The user message is empty, or neither the input nor the session names a model.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="ConversationInput.MaxToolRounds"/> is negative.</exception>
        /// <exception cref="BedrockServiceException">A round failed; for a streamed round, <see cref="BedrockServiceException.PartialText"/> holds the text received before the failure.</exception>
        public virtual async Task<ConversationOutcome> RunAsync(IBedrockService service, ConversationInput input, CancellationToken ct)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            if (input.Message == null || input.Message.Content == null || input.Message.Content.Count == 0)
            {
                throw new ArgumentException("The user message has no content.", nameof(input));
            }

            if (input.MaxToolRounds < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(input), "MaxToolRounds cannot be negative.");
            }

            Conversation? session = input.Session;
            string modelId = !string.IsNullOrEmpty(input.ModelId) ? input.ModelId! : session?.ModelId ?? "";
            if (modelId.Length == 0)
            {
                throw new ArgumentException("No model id: give one or use a session that has one.", nameof(input));
            }

            List<Message> history = session?.SnapshotMessages() ?? new List<Message>();
            var newMessages = new List<Message> { AnswerPendingToolUses(history, input.Message) };
            ConverseRequest request = BuildRequest(input, session);
            var toolUses = new List<ToolUseBlock>();
            var usage = new TokenUsage();
            long latencyMs = 0;
            int rounds = 0;
            int toolRounds = 0;
            bool limitReached = false;
            ConverseResponse response;

            while (true)
            {
                ct.ThrowIfCancellationRequested();
                request.Messages = new List<Message>(history.Count + newMessages.Count);
                request.Messages.AddRange(history);
                request.Messages.AddRange(newMessages);

                response = input.Stream
                    ? await StreamRoundAsync(service, modelId, request, input.OnStreamEvent, ct).ConfigureAwait(false)
                    : await service.ConverseAsync(modelId, request, ct).ConfigureAwait(false);
                rounds++;
                AddUsage(usage, response.Usage);
                latencyMs += response.Metrics?.LatencyMs ?? 0;

                Message answer = response.Output?.Message ?? new Message { Role = "assistant" };
                answer.Role = string.IsNullOrEmpty(answer.Role) ? "assistant" : answer.Role;
                newMessages.Add(answer);

                List<ToolUseBlock> requested = answer.Content.Where(b => b.ToolUse != null).Select(b => b.ToolUse!).ToList();
                toolUses.AddRange(requested);
                List<ToolUseBlock> runnable = requested.Where(u => !string.Equals(u.Type, ServerToolUse, StringComparison.Ordinal)).ToList();
                if (runnable.Count == 0 || input.ToolInvoker == null || !string.Equals(response.StopReason, "tool_use", StringComparison.Ordinal))
                {
                    break;
                }

                if (toolRounds >= input.MaxToolRounds)
                {
                    limitReached = true;
                    break;
                }

                toolRounds++;
                var results = new List<ContentBlock>(runnable.Count);
                foreach (ToolUseBlock use in runnable)
                {
                    results.Add(await InvokeToolAsync(input.ToolInvoker, use, ct).ConfigureAwait(false));
                }

                newMessages.Add(new Message { Role = "user", Content = results });
            }

            // Cancellation that arrives after the last response still counts: the caller asked to stop, so nothing is kept.
            ct.ThrowIfCancellationRequested();
            usage.TotalTokens = usage.TotalTokens == 0 ? usage.InputTokens + usage.OutputTokens : usage.TotalTokens;
            session?.Commit(newMessages, usage);
            return new ConversationOutcome(modelId, response, newMessages, toolUses, rounds, limitReached, usage, latencyMs, session);
        }

        /// <summary>The tools offered in a run: the call's own tools first, then the session's tools of other names.</summary>
        public static IReadOnlyList<ConversationTool> EffectiveTools(ConversationInput input)
        {
            var tools = new List<ConversationTool>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (ConversationTool tool in (input.Tools ?? Enumerable.Empty<ConversationTool>()).Concat(input.Session?.Tools ?? Enumerable.Empty<ConversationTool>()))
            {
                if (tool != null && names.Add(tool.Name))
                {
                    tools.Add(tool);
                }
            }

            return tools;
        }

        private static async Task<ConverseResponse> StreamRoundAsync(
            IBedrockService service, string modelId, ConverseRequest request, Action<ConverseStreamEvent>? onEvent, CancellationToken ct)
        {
            var accumulator = new ConverseStreamAccumulator();
            try
            {
                await foreach (ConverseStreamEvent streamEvent in service.ConverseStreamAsync(modelId, request, ct).WithCancellation(ct).ConfigureAwait(false))
                {
                    accumulator.Add(streamEvent);
                    onEvent?.Invoke(streamEvent);
                }
            }
            catch (BedrockServiceException exception)
            {
                // The accumulator holds the only copy of the text received so far; the client keeps none.
                exception.PartialText ??= accumulator.Text;
                exception.RequestId ??= accumulator.RequestId;
                throw;
            }

            if (!accumulator.IsComplete)
            {
                // The transport reports cuts itself; this guards against a stream that simply ends early.
                throw new BedrockServiceException(BedrockErrorCodes.StreamInterrupted, "The answer stream ended before the model finished.")
                {
                    PartialText = accumulator.Text,
                    RequestId = accumulator.RequestId,
                };
            }

            return accumulator.ToResponse();
        }

        private static async Task<ContentBlock> InvokeToolAsync(IToolInvoker invoker, ToolUseBlock use, CancellationToken ct)
        {
            string id = use.ToolUseId ?? "";
            ContentBlock? result;
            try
            {
                result = await invoker.InvokeAsync(use, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // An invoker should answer failures itself; if it throws anyway the model still gets an answer.
                return ContentBlock.FromToolResult(id, ex.Message, "error");
            }

            if (result?.ToolResult == null)
            {
                return ContentBlock.FromToolResult(id, "The tool returned no result.", "error");
            }

            if (string.IsNullOrEmpty(result.ToolResult.ToolUseId))
            {
                result.ToolResult.ToolUseId = id;
            }

            return result;
        }

        /// <summary>
        /// Bedrock refuses a user turn that follows a tool request without answering it. When the last answer asked for
        /// tools that were never run (tools off, or the round limit hit), the next turn answers them with an error first.
        /// </summary>
        private static Message AnswerPendingToolUses(List<Message> history, Message user)
        {
            Message? last = history.Count == 0 ? null : history[history.Count - 1];
            if (last == null || !string.Equals(last.Role, "assistant", StringComparison.Ordinal))
            {
                return Normalize(user);
            }

            var answered = new HashSet<string>(
                user.Content.Where(b => b.ToolResult?.ToolUseId != null).Select(b => b.ToolResult!.ToolUseId!), StringComparer.Ordinal);
            List<ContentBlock> missing = last.Content
                .Where(b => b.ToolUse != null && !string.Equals(b.ToolUse.Type, ServerToolUse, StringComparison.Ordinal))
                .Select(b => b.ToolUse!.ToolUseId ?? "")
                .Where(id => !answered.Contains(id))
                .Select(id => ContentBlock.FromToolResult(id, ToolNotRunText, "error"))
                .ToList();
            if (missing.Count == 0)
            {
                return Normalize(user);
            }

            return new Message { Role = "user", Content = missing.Concat(user.Content).ToList() };
        }

        private static Message Normalize(Message user)
        {
            return string.IsNullOrEmpty(user.Role) ? new Message { Role = "user", Content = user.Content } : user;
        }

        private static ConverseRequest BuildRequest(ConversationInput input, Conversation? session)
        {
            ConverseRequest template = input.RequestTemplate ?? new ConverseRequest();
            var request = new ConverseRequest
            {
                System = template.System,
                InferenceConfig = InferenceDefaults.Apply(template.InferenceConfig, session?.InferenceConfig),
                GuardrailConfig = template.GuardrailConfig,
                AdditionalModelRequestFields = template.AdditionalModelRequestFields,
                PromptVariables = template.PromptVariables,
                AdditionalModelResponseFieldPaths = template.AdditionalModelResponseFieldPaths,
                RequestMetadata = template.RequestMetadata,
                PerformanceConfig = template.PerformanceConfig,
                ServiceTier = template.ServiceTier,
                OutputConfig = template.OutputConfig,
            };

            if ((request.System == null || request.System.Count == 0) && !string.IsNullOrEmpty(session?.System))
            {
                request.System = new List<SystemContentBlock> { SystemContentBlock.FromText(session!.System!) };
                if (input.CacheSystemPrompt) request.System.Add(SystemContentBlock.FromCachePoint(input.CacheTtl));
            }

            var tools = new List<Tool>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (Tool tool in template.ToolConfig?.Tools ?? new List<Tool>())
            {
                tools.Add(tool);
                names.Add(tool.ToolSpec?.Name ?? tool.SystemTool?.Name ?? "");
            }

            foreach (ConversationTool tool in EffectiveTools(input))
            {
                if (names.Add(tool.Name))
                {
                    tools.Add(tool.ToTool());
                }
            }

            if (tools.Count > 0 && input.CacheTools)
            {
                tools.Add(new Tool { CachePoint = new CachePointBlock { Ttl = input.CacheTtl } });
            }

            if (tools.Count > 0)
            {
                request.ToolConfig = new ToolConfiguration { Tools = tools, ToolChoice = template.ToolConfig?.ToolChoice };
            }

            return request;
        }

        /// <summary>Adds a round's tokens to a running sum (cache figures stay null until some round reports them).</summary>
        internal static void AddUsage(TokenUsage sum, TokenUsage? round)
        {
            if (round == null)
            {
                return;
            }

            sum.InputTokens += round.InputTokens;
            sum.OutputTokens += round.OutputTokens;
            sum.TotalTokens += round.TotalTokens;
            if (round.CacheReadInputTokens.HasValue)
            {
                sum.CacheReadInputTokens = (sum.CacheReadInputTokens ?? 0) + round.CacheReadInputTokens.Value;
            }

            if (round.CacheWriteInputTokens.HasValue)
            {
                sum.CacheWriteInputTokens = (sum.CacheWriteInputTokens ?? 0) + round.CacheWriteInputTokens.Value;
            }
        }
    }
}
