using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Caching;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.EventStream;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Guardrails;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Converse
{
    /// <summary>Converse (JSON answer) and ConverseStream (event stream of the same answer, one delta per word).</summary>
    internal sealed class ConverseOperation : IOperation
    {
        private readonly bool _streaming;

        public ConverseOperation(bool streaming)
        {
            _streaming = streaming;
        }

        public async Task HandleAsync(OperationContext context)
        {
            ResolvedModel resolved = context.Engine.Resolver.Resolve(context.PathSegments[1], unknownIsNotFound: true);
            if (!resolved.Model.IsConversational)
            {
                throw ServiceError.Validation("This action doesn't support the model that you provided. Try again with a supported text or chat model.");
            }
            if (_streaming && !resolved.Model.ResponseStreamingSupported)
            {
                throw ServiceError.Validation("The model is unsupported for streaming.");
            }
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            GenerationRequest request = ConverseRequestReader.Read(body);
            ModelFeatures features = ModelFeatureTable.For(resolved.Model);
            ModelFeatureCheck.Check(body, request, features);
            if (ModelFeatureCheck.ServiceTierOf(body) == "flex")
            {
                if (context.Engine.CountFlexRequest())
                {
                    throw new ServiceError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
                }
                await EmulatorEngine.DelayAsync(context.Engine.FlexLatency, context.Exchange).ConfigureAwait(false);
            }
            ModelReply reply = context.Engine.Generator.Generate(request, resolved.RequestedId, resolved.Model.ModelId, context.Engine.Scenario);
            JsonObject? trace = ApplyGuardrail(body["guardrailConfig"] as JsonObject, request, ref reply);
            if (await ReplyPreparation.ApplyRuleAsync(context, reply).ConfigureAwait(false))
            {
                return;
            }
            CacheUsage? cache = request.CacheCheckpoints.Count == 0 ? null
                : context.Engine.PromptCache.Apply(resolved.Model.ModelId, request.CacheCheckpoints, features.CacheMinimumTokens ?? int.MaxValue);
            var responseFields = AdditionalResponseFields(body, reply);
            if (_streaming)
            {
                await StreamAsync(context, reply, cache, responseFields, trace).ConfigureAwait(false);
            }
            else
            {
                await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(Response(context, reply, cache, responseFields, trace))).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// With guardrailConfig, the built-in GuardrailPolicy screens the last user turn: a blocked prompt gets the
        /// blocked message and stop reason guardrail_intervened. Returns the trace to report when tracing is enabled.
        /// </summary>
        private static JsonObject? ApplyGuardrail(JsonObject? config, GenerationRequest request, ref ModelReply reply)
        {
            if (config == null)
            {
                return null;
            }
            string? identifier = JsonBody.String(config, "guardrailIdentifier");
            string? version = JsonBody.String(config, "guardrailVersion");
            var violations = new List<string>();
            if (string.IsNullOrEmpty(identifier))
            {
                violations.Add("Value null at 'guardrailConfig.guardrailIdentifier' failed to satisfy constraint: Member must not be null");
            }
            if (string.IsNullOrEmpty(version))
            {
                violations.Add("Value null at 'guardrailConfig.guardrailVersion' failed to satisfy constraint: Member must not be null");
            }
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }
            var texts = request.LastUserMessage?.Texts ?? new List<string>();
            JsonObject assessment = GuardrailPolicy.Assess(texts);
            bool blocked = texts.Any(GuardrailPolicy.Blocks);
            if (blocked)
            {
                var intervened = new ModelReply { InputTokens = reply.InputTokens, StopReason = "guardrail_intervened", Latency = reply.Latency, Fault = reply.Fault };
                intervened.TextDeltas.AddRange(TokenCounter.SplitIntoDeltas(GuardrailPolicy.BlockedMessage));
                reply = intervened;
            }
            string trace = JsonBody.String(config, "trace") ?? "disabled";
            if (trace == "disabled")
            {
                return null;
            }
            var guardrail = new JsonObject
            {
                ["inputAssessment"] = new JsonObject { [identifier!] = assessment["assessments"]![0]!.DeepClone() },
            };
            if (blocked)
            {
                guardrail["modelOutput"] = new JsonArray();
                guardrail["actionReason"] = "Guardrail blocked.";
            }
            return new JsonObject { ["guardrail"] = guardrail };
        }

        /// <summary>
        /// The Converse answer to one batch record's modelInput, as the batch engine writes it in modelOutput. Throws
        /// ServiceError for a record the service would refuse (including features the model lacks). <paramref name="reply"/>
        /// carries tokens and any scenario fault. Batch records do not read or write the prompt cache.
        /// </summary>
        internal static JsonObject AnswerRecord(JsonObject body, ResolvedModel resolved, EmulatorEngine engine, out ModelReply reply)
        {
            GenerationRequest request = ConverseRequestReader.Read(body);
            ModelFeatureCheck.Check(body, request, ModelFeatureTable.For(resolved.Model));
            reply = engine.Generator.Generate(request, resolved.RequestedId, resolved.Model.ModelId, engine.Scenario);
            JsonObject? trace = ApplyGuardrail(body["guardrailConfig"] as JsonObject, request, ref reply);
            return ResponseBody(reply, null, AdditionalResponseFields(body, reply), trace, (long)reply.Latency.TotalMilliseconds);
        }

        private static JsonObject Response(OperationContext context, ModelReply reply, CacheUsage? cache, JsonObject? responseFields, JsonObject? trace)
        {
            var response = ResponseBody(reply, cache, responseFields, trace, context.Clock.ElapsedMilliseconds);
            EchoServiceSettings(context, response);
            return response;
        }

        private static JsonObject ResponseBody(ModelReply reply, CacheUsage? cache, JsonObject? responseFields, JsonObject? trace, long latencyMs)
        {
            var content = new JsonArray();
            if (reply.ReasoningText != null)
            {
                content.Add(new JsonObject
                {
                    ["reasoningContent"] = new JsonObject
                    {
                        ["reasoningText"] = new JsonObject { ["text"] = reply.ReasoningText, ["signature"] = reply.ReasoningSignature },
                    },
                });
            }
            if (reply.Text.Length > 0 || reply.ToolCalls.Count == 0)
            {
                content.Add(new JsonObject { ["text"] = reply.Text });
            }
            foreach (var call in reply.ToolCalls)
            {
                content.Add(new JsonObject
                {
                    ["toolUse"] = new JsonObject { ["toolUseId"] = call.ToolUseId, ["name"] = call.Name, ["input"] = call.Input.DeepClone() },
                });
            }
            var response = new JsonObject
            {
                ["output"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content } },
                ["stopReason"] = reply.StopReason,
                ["usage"] = Usage(reply, cache),
                ["metrics"] = new JsonObject { ["latencyMs"] = latencyMs },
            };
            if (responseFields != null)
            {
                response["additionalModelResponseFields"] = responseFields;
            }
            if (trace != null)
            {
                response["trace"] = trace;
            }
            return response;
        }

        private static async Task StreamAsync(OperationContext context, ModelReply reply, CacheUsage? cache, JsonObject? responseFields, JsonObject? trace)
        {
            var stream = new EventStreamResponder(context, context.Engine.StreamDelay);
            await stream.BeginAsync(Enumerable.Empty<KeyValuePair<string, string>>()).ConfigureAwait(false);
            if (!await stream.SendEventAsync("messageStart", new JsonObject { ["role"] = "assistant" }).ConfigureAwait(false))
            {
                return;
            }
            int index = 0;
            if (reply.ReasoningText != null)
            {
                foreach (string piece in TokenCounter.SplitIntoDeltas(reply.ReasoningText))
                {
                    if (!await stream.SendDeltaAsync("contentBlockDelta", Delta(index, new JsonObject { ["reasoningContent"] = new JsonObject { ["text"] = piece } })).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                if (!await stream.SendDeltaAsync("contentBlockDelta", Delta(index, new JsonObject { ["reasoningContent"] = new JsonObject { ["signature"] = reply.ReasoningSignature } })).ConfigureAwait(false)
                    || !await stream.SendEventAsync("contentBlockStop", new JsonObject { ["contentBlockIndex"] = index }).ConfigureAwait(false))
                {
                    return;
                }
                index++;
            }
            if (reply.TextDeltas.Count > 0)
            {
                foreach (string piece in reply.TextDeltas)
                {
                    if (!await stream.SendDeltaAsync("contentBlockDelta", Delta(index, new JsonObject { ["text"] = piece })).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                if (!await stream.SendEventAsync("contentBlockStop", new JsonObject { ["contentBlockIndex"] = index }).ConfigureAwait(false))
                {
                    return;
                }
                index++;
            }
            foreach (var call in reply.ToolCalls)
            {
                var start = new JsonObject
                {
                    ["contentBlockIndex"] = index,
                    ["start"] = new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = call.ToolUseId, ["name"] = call.Name } },
                };
                if (!await stream.SendEventAsync("contentBlockStart", start).ConfigureAwait(false))
                {
                    return;
                }
                // Tool input arrives as string fragments the client concatenates, as the service sends it.
                string input = JsonBody.Text(call.Input);
                int cut = input.Length / 2;
                foreach (string fragment in new[] { input.Substring(0, cut), input.Substring(cut) })
                {
                    if (!await stream.SendDeltaAsync("contentBlockDelta", Delta(index, new JsonObject { ["toolUse"] = new JsonObject { ["input"] = fragment } })).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                if (!await stream.SendEventAsync("contentBlockStop", new JsonObject { ["contentBlockIndex"] = index }).ConfigureAwait(false))
                {
                    return;
                }
                index++;
            }
            var stop = new JsonObject { ["stopReason"] = reply.StopReason };
            if (responseFields != null)
            {
                stop["additionalModelResponseFields"] = responseFields;
            }
            if (!await stream.SendEventAsync("messageStop", stop, closing: true).ConfigureAwait(false))
            {
                return;
            }
            var metadata = new JsonObject
            {
                ["usage"] = Usage(reply, cache),
                ["metrics"] = new JsonObject { ["latencyMs"] = context.Clock.ElapsedMilliseconds },
            };
            if (trace != null)
            {
                metadata["trace"] = trace.DeepClone();
            }
            EchoServiceSettings(context, metadata);
            if (await stream.SendEventAsync("metadata", metadata).ConfigureAwait(false))
            {
                await stream.EndAsync().ConfigureAwait(false);
            }
        }

        /// <summary>The service reports the performance configuration and service tier a request asked for.</summary>
        private static void EchoServiceSettings(OperationContext context, JsonObject target)
        {
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            foreach (string member in new[] { "performanceConfig", "serviceTier" })
            {
                if (body[member] is JsonObject value)
                {
                    target[member] = value.DeepClone();
                }
            }
        }

        private static JsonObject Delta(int index, JsonObject delta) => new JsonObject { ["contentBlockIndex"] = index, ["delta"] = delta };

        /// <summary>
        /// Token usage. With cache points, inputTokens leaves out the tokens read from and written to the cache, which
        /// are reported on their own (and in the total), with the writes per TTL in cacheDetails.
        /// </summary>
        private static JsonObject Usage(ModelReply reply, CacheUsage? cache)
        {
            if (cache == null)
            {
                return new JsonObject
                {
                    ["inputTokens"] = reply.InputTokens,
                    ["outputTokens"] = reply.OutputTokens,
                    ["totalTokens"] = reply.InputTokens + reply.OutputTokens,
                };
            }
            int uncached = System.Math.Max(0, reply.InputTokens - cache.ReadTokens - cache.WriteTokens);
            var usage = new JsonObject
            {
                ["inputTokens"] = uncached,
                ["outputTokens"] = reply.OutputTokens,
                ["totalTokens"] = uncached + reply.OutputTokens + cache.ReadTokens + cache.WriteTokens,
                ["cacheReadInputTokens"] = cache.ReadTokens,
                ["cacheWriteInputTokens"] = cache.WriteTokens,
            };
            if (cache.WritesByTtl.Count > 0)
            {
                var details = new JsonArray();
                foreach (var write in cache.WritesByTtl)
                {
                    details.Add(new JsonObject { ["ttl"] = write.Key, ["inputTokens"] = write.Value });
                }
                usage["cacheDetails"] = details;
            }
            return usage;
        }

        /// <summary>Answers "/stop_sequence" in additionalModelResponseFieldPaths, as Anthropic models do.</summary>
        private static JsonObject? AdditionalResponseFields(JsonObject body, ModelReply reply)
        {
            if (!(body["additionalModelResponseFieldPaths"] is JsonArray paths) || !paths.Any(p => p?.ToString() == "/stop_sequence"))
            {
                return null;
            }
            return new JsonObject { ["stop_sequence"] = reply.MatchedStopSequence };
        }
    }
}
