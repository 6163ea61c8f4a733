using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Converse;
using BedrockPS.Emulator.EventStream;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>
    /// InvokeModel (raw native JSON with token-count and latency headers) and InvokeModelWithResponseStream
    /// (chunk events carrying base64 native chunks, amazon-bedrock-invocationMetrics on the last one).
    /// </summary>
    internal sealed class InvokeModelOperation : IOperation
    {
        private readonly bool _streaming;

        public InvokeModelOperation(bool streaming)
        {
            _streaming = streaming;
        }

        public async Task HandleAsync(OperationContext context)
        {
            ResolvedModel resolved = context.Engine.Resolver.Resolve(context.PathSegments[1], unknownIsNotFound: false);
            string? accept = context.Request.Header(_streaming ? "X-Amzn-Bedrock-Accept" : "Accept");
            if (accept != null && accept != "*/*" && accept.IndexOf("application/json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw ServiceError.Validation("The provided Accept Type is invalid or not supported for this model.");
            }
            if (_streaming && !resolved.Model.ResponseStreamingSupported)
            {
                throw ServiceError.Validation("The model is unsupported for streaming.");
            }
            INativeFormat format = NativeFormats.For(resolved.Model.Family);
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            GenerationRequest request = format.Read(body);
            string? tier = context.Request.Header("X-Amzn-Bedrock-Service-Tier");
            string? latency = context.Request.Header("X-Amzn-Bedrock-PerformanceConfig-Latency");
            ModelFeatureCheck.CheckServiceSettings(tier, latency, ModelFeatureTable.For(resolved.Model));
            if (tier == "flex")
            {
                if (context.Engine.CountFlexRequest())
                {
                    throw new ServiceError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
                }
                await EmulatorEngine.DelayAsync(context.Engine.FlexLatency, context.Exchange).ConfigureAwait(false);
            }
            // The service reports the tier and latency it served the request with in the same headers.
            var echoed = new List<KeyValuePair<string, string>>();
            if (tier != null)
            {
                echoed.Add(new KeyValuePair<string, string>("X-Amzn-Bedrock-Service-Tier", tier));
            }
            if (latency != null)
            {
                echoed.Add(new KeyValuePair<string, string>("X-Amzn-Bedrock-PerformanceConfig-Latency", latency));
            }
            ModelReply reply = format.GeneratesText
                ? context.Engine.Generator.Generate(request, resolved.RequestedId, resolved.Model.ModelId, context.Engine.Scenario)
                : new ModelReply { InputTokens = TokenCounter.CountInput(request) };
            if (await ReplyPreparation.ApplyRuleAsync(context, reply).ConfigureAwait(false))
            {
                return;
            }

            if (!_streaming)
            {
                JsonObject response = format.Response(reply, request, resolved.Model, context.RequestId);
                var headers = context.BaseHeaders("application/json");
                headers.Add(Header("X-Amzn-Bedrock-Invocation-Latency", context.Clock.ElapsedMilliseconds));
                headers.Add(Header("X-Amzn-Bedrock-Input-Token-Count", reply.InputTokens));
                headers.Add(Header("X-Amzn-Bedrock-Output-Token-Count", reply.OutputTokens));
                headers.AddRange(echoed);
                await context.Exchange.SendAsync(200, headers, JsonBody.Bytes(response)).ConfigureAwait(false);
                return;
            }

            List<NativeChunk> chunks = format.StreamChunks(reply, request, resolved.Model, context.RequestId);
            var stream = new EventStreamResponder(context, context.Engine.StreamDelay);
            echoed.Add(new KeyValuePair<string, string>("X-Amzn-Bedrock-Content-Type", "application/json"));
            await stream.BeginAsync(echoed).ConfigureAwait(false);
            long firstByteLatency = context.Clock.ElapsedMilliseconds;
            for (int i = 0; i < chunks.Count; i++)
            {
                bool last = i == chunks.Count - 1;
                JsonObject chunk = chunks[i].Body;
                if (last)
                {
                    chunk["amazon-bedrock-invocationMetrics"] = new JsonObject
                    {
                        ["inputTokenCount"] = reply.InputTokens,
                        ["outputTokenCount"] = reply.OutputTokens,
                        ["invocationLatency"] = context.Clock.ElapsedMilliseconds,
                        ["firstByteLatency"] = firstByteLatency,
                    };
                }
                var payload = new JsonObject { ["bytes"] = Convert.ToBase64String(JsonBody.Bytes(chunk)) };
                bool sent = chunks[i].IsDelta && !last
                    ? await stream.SendDeltaAsync("chunk", payload).ConfigureAwait(false)
                    : await stream.SendEventAsync("chunk", payload, closing: last).ConfigureAwait(false);
                if (!sent)
                {
                    return;
                }
            }
            await stream.EndAsync().ConfigureAwait(false);
        }

        private static KeyValuePair<string, string> Header(string name, long value) =>
            new KeyValuePair<string, string>(name, value.ToString(CultureInfo.InvariantCulture));
    }
}
