using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Runs one prepared row. A row with a schema sends it natively or as a forced tool (learning per model which one the
    /// service takes), checks the answer, sends it back once with the findings when it breaks the schema, and commits the
    /// whole exchange to the session only when it ends with valid data.
    /// </summary>
    internal sealed class ConverseRowRunner
    {
        private readonly IBedrockService service;
        private readonly ConversationRunner runner;

        public ConverseRowRunner(IBedrockService service, ConversationRunner runner)
        {
            this.service = service;
            this.runner = runner;
        }

        public async Task<RowAnswer> RunAsync(ConverseCallRequest call, ConversationInput prepared, CancellationToken ct)
        {
            StructuredOutputSpec? spec = ConverseRequestBuilder.EffectiveStructuredOutput(call);
            if (spec == null) return new RowAnswer(await runner.RunAsync(service, prepared, ct).ConfigureAwait(false), null);

            string modelId = prepared.ModelId!;
            bool learn = spec.Mode == StructuredOutputMode.Auto;
            StructuredOutputMode mode = spec.Mode;
            if (learn)
            {
                StructuredOutputSupport.Kind known = StructuredOutputSupport.For(modelId);
                if (known == StructuredOutputSupport.Kind.None) throw Unsupported(modelId, null);
                mode = known == StructuredOutputSupport.Kind.ToolOnly ? StructuredOutputMode.Tool : StructuredOutputMode.Native;
            }

            // Every round runs on a copy of the session; the real one gets the whole exchange at once, or nothing.
            Conversation? session = prepared.Session;
            Conversation work = session?.Clone() ?? new Conversation(modelId);
            int historyBefore = work.MessageCount;
            ConversationInput input = ForMode(call, prepared, mode, work);
            var outcomes = new List<ConversationOutcome>();
            try
            {
                outcomes.Add(await runner.RunAsync(service, input, ct).ConfigureAwait(false));
            }
            catch (BedrockServiceException refused) when (learn && mode == StructuredOutputMode.Native && StructuredOutputSupport.RefusesNative(refused))
            {
                StructuredOutputSupport.Remember(modelId, StructuredOutputSupport.Kind.ToolOnly);
                mode = StructuredOutputMode.Tool;
                input = ForMode(call, prepared, mode, work);
                outcomes.Add(await RunToolModeAsync(modelId, input, ct).ConfigureAwait(false));
            }
            catch (BedrockServiceException refused) when (learn && mode == StructuredOutputMode.Tool && StructuredOutputSupport.RefusesTools(refused))
            {
                StructuredOutputSupport.Remember(modelId, StructuredOutputSupport.Kind.None);
                throw Unsupported(modelId, refused);
            }
            if (learn) StructuredOutputSupport.Remember(modelId, mode == StructuredOutputMode.Native ? StructuredOutputSupport.Kind.Native : StructuredOutputSupport.Kind.ToolOnly);

            string raw = AnswerText(outcomes[0], spec, mode, out JsonElement data, out IReadOnlyList<JsonSchemaFinding> findings);
            if (findings.Count > 0)
            {
                // One repair: the answer goes back with what is wrong with it; the attempt counts in usage like any call.
                ConversationInput repair = RepairInput(input, findings, work);
                outcomes.Add(await runner.RunAsync(service, repair, ct).ConfigureAwait(false));
                raw = AnswerText(outcomes[1], spec, mode, out data, out findings);
                if (findings.Count > 0)
                {
                    throw new StructuredOutputException(StructuredOutputException.InvalidOutputId,
                        "The answer does not follow the schema, even after it was sent back once with the findings: " + JsonSchemaFinding.Describe(findings) +
                        " The answer's text is in $Error[0].Exception.RawText; simplify the schema, say more in its descriptions, or try another model.",
                        raw, findings);
                }
            }

            ConversationOutcome combined = Combine(modelId, outcomes, session);
            if (session != null)
            {
                List<Message> exchange = work.SnapshotMessages().Skip(historyBefore).ToList();
                session.Commit(exchange, combined.Usage);
            }
            return new RowAnswer(combined, data.Clone());
        }

        private async Task<ConversationOutcome> RunToolModeAsync(string modelId, ConversationInput input, CancellationToken ct)
        {
            try
            {
                return await runner.RunAsync(service, input, ct).ConfigureAwait(false);
            }
            catch (BedrockServiceException refused) when (StructuredOutputSupport.RefusesTools(refused))
            {
                StructuredOutputSupport.Remember(modelId, StructuredOutputSupport.Kind.None);
                throw Unsupported(modelId, refused);
            }
        }

        private static ConversationInput ForMode(ConverseCallRequest call, ConversationInput prepared, StructuredOutputMode mode, Conversation work)
        {
            ConversationInput input = mode == StructuredOutputMode.Native ? prepared : ConverseRequestBuilder.Build(call, StructuredOutputMode.Tool);
            input.Session = work;
            return input;
        }

        private static ConversationInput RepairInput(ConversationInput input, IReadOnlyList<JsonSchemaFinding> findings, Conversation work) => new ConversationInput
        {
            ModelId = input.ModelId,
            Session = work,
            Message = new Message { Role = "user", Content = new List<ContentBlock> { ContentBlock.FromText(StructuredAnswer.RepairInstruction(findings)) } },
            RequestTemplate = input.RequestTemplate,
            Tools = input.Tools,
            Stream = input.Stream,
            OnStreamEvent = input.OnStreamEvent,
            ToolInvoker = input.ToolInvoker,
            MaxToolRounds = input.MaxToolRounds,
            CacheTools = input.CacheTools,
            CacheSystemPrompt = input.CacheSystemPrompt,
            CacheTtl = input.CacheTtl,
        };

        /// <summary>The answer's JSON text (the text in native mode, the schema tool's input otherwise), parsed and checked.</summary>
        internal static string AnswerText(ConversationOutcome outcome, StructuredOutputSpec spec, StructuredOutputMode mode,
            out JsonElement data, out IReadOnlyList<JsonSchemaFinding> findings)
        {
            data = default;
            string raw;
            if (mode == StructuredOutputMode.Tool)
            {
                ToolUseBlock? use = outcome.ToolUses.LastOrDefault(u => string.Equals(u.Name, spec.Name, StringComparison.Ordinal));
                if (use?.Input == null)
                {
                    findings = new[] { new JsonSchemaFinding("", "The model answered in text instead of calling the '" + spec.Name + "' tool with the data.") };
                    return outcome.Text;
                }
                data = use.Input.Value;
                raw = data.GetRawText();
            }
            else
            {
                raw = outcome.Text;
                if (!StructuredAnswer.TryParse(raw, out data, out JsonSchemaFinding? problem))
                {
                    findings = new[] { problem! };
                    return raw;
                }
            }
            findings = spec.Validator.Validate(data);
            return raw;
        }

        private static ConversationOutcome Combine(string modelId, List<ConversationOutcome> outcomes, Conversation? session)
        {
            ConversationOutcome last = outcomes[outcomes.Count - 1];
            if (outcomes.Count == 1 && session == null) return last;
            var usage = new TokenUsage();
            var messages = new List<Message>();
            var toolUses = new List<ToolUseBlock>();
            int rounds = 0;
            long latency = 0;
            foreach (ConversationOutcome outcome in outcomes)
            {
                ConversationRunner.AddUsage(usage, outcome.Usage);
                messages.AddRange(outcome.NewMessages);
                toolUses.AddRange(outcome.ToolUses);
                rounds += outcome.Rounds;
                latency += outcome.LatencyMs;
            }
            return new ConversationOutcome(modelId, last.Final, messages, toolUses, rounds, last.ToolRoundLimitReached, usage, latency, session);
        }

        private static StructuredOutputException Unsupported(string modelId, Exception? cause) =>
            new StructuredOutputException(StructuredOutputException.UnsupportedId,
                "The model '" + modelId + "' takes neither a JSON schema (outputConfig) nor tools, so it cannot be asked for data; pick a model that supports tool use (Get-BedrockModel), or drop -JsonSchema.",
                null, null, cause);
    }
}
