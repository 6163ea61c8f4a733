using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Configuration;
using BedrockPS.Core.EventStreams;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Transport;

namespace BedrockPS.Core
{
    /// <summary>
    /// The Bedrock runtime and control-plane client. Thread-safe: one instance serves many concurrent calls over
    /// pooled connections. Region, credentials and endpoints are resolved on first use, or by <see cref="Resolve"/>.
    /// </summary>
    public class BedrockClient : IBedrockService, IDisposable
    {
        private const string JsonContentType = "application/json";

        private readonly BedrockClientOptions options;
        private readonly object resolveGate = new object();
        private readonly HttpClient? http;
        private BedrockTransport? transport;
        private bool disposed;

        public BedrockClient(BedrockClientOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }
            this.options = options.Clone();
            http = HttpClientFactory.Create(this.options.Handler);
        }

        /// <summary>For mocking frameworks and test doubles.</summary>
        protected BedrockClient()
        {
            options = new BedrockClientOptions();
        }

        /// <summary>The region in use (resolves it if needed).</summary>
        public string Region => Transport.Configuration.Region;

        /// <summary>The runtime endpoint in use (resolves it if needed).</summary>
        public Uri RuntimeEndpoint => Transport.Configuration.RuntimeEndpoint;

        /// <summary>The control-plane endpoint in use (resolves it if needed).</summary>
        public Uri ControlPlaneEndpoint => Transport.Configuration.ControlPlaneEndpoint;

        /// <summary>"sigv4" or "bearer" (resolves it if needed).</summary>
        public string AuthenticationScheme => Transport.Configuration.Authenticator.Scheme;

        /// <summary>
        /// Resolves region, credentials, endpoints and retry settings now, throwing a <see cref="BedrockServiceException"/>
        /// (NoRegion, NoCredentials, InvalidEndpoint, InsecureBearerEndpoint, InvalidConfiguration) if one is unusable.
        /// </summary>
        public virtual void Resolve()
        {
            _ = Transport;
        }

        private BedrockTransport Transport
        {
            get
            {
                var current = Volatile.Read(ref transport);
                if (current != null)
                {
                    return current;
                }
                lock (resolveGate)
                {
                    if (disposed)
                    {
                        throw new ObjectDisposedException(nameof(BedrockClient));
                    }
                    if (transport == null)
                    {
                        // Not a Lazy<T>: a failed resolution is retried on the next call instead of being cached.
                        var configuration = ConfigurationResolver.Resolve(options);
                        transport = new BedrockTransport(http!, configuration, options.Log, options.Delay);
                    }
                    return transport;
                }
            }
        }

        public virtual async Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken)
        {
            var operation = RuntimeJson("Converse", $"/model/{EncodeLabel(modelId, nameof(modelId))}/converse", SerializeConverseRequest(request, streaming: false));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ParseBody<ConverseResponse>(response, "Converse");
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            return result;
        }

        public virtual async IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(
            string modelId, ConverseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var operation = RuntimeJson("ConverseStream", $"/model/{EncodeLabel(modelId, nameof(modelId))}/converse-stream", SerializeConverseRequest(request, streaming: true));
            operation.IsStreaming = true;
            var text = new StringBuilder();
            bool sawMessageStop = false;
            bool sawMetadata = false;
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            using var cancelRegistration = cancellationToken.Register(() => response.Dispose());
            var body = await response.Response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var events = EventStreamReader.ReadAsync(body, Transport.Configuration.StreamIdleTimeout, response.RequestId, cancellationToken);
            await using var enumerator = events.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ConverseStreamEvent streamEvent;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        if (!sawMessageStop && !sawMetadata)
                        {
                            throw EventStreamReader.Interrupted("The response stream ended before the message was complete.", null, response.RequestId);
                        }
                        break;
                    }
                    streamEvent = ToConverseStreamEvent(enumerator.Current, response.RequestId);
                }
                catch (BedrockServiceException exception)
                {
                    exception.PartialText ??= text.ToString();
                    exception.RequestId ??= response.RequestId;
                    exception.Attempts = response.Attempts;
                    throw;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                if (streamEvent.ContentBlockDelta?.Delta?.Text != null)
                {
                    text.Append(streamEvent.ContentBlockDelta.Delta.Text);
                }
                sawMessageStop |= streamEvent.MessageStop != null;
                sawMetadata |= streamEvent.Metadata != null;
                yield return streamEvent;
            }
        }

        public virtual async Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken)
        {
            var operation = InvokeOperation("InvokeModel", "invoke", request, acceptHeader: "Accept");
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return new InvokeModelResponse
            {
                Body = response.Body ?? new byte[0],
                ContentType = response.Header("Content-Type"),
                RequestId = response.RequestId,
                Attempts = response.Attempts,
                InputTokens = IntHeader(response, "X-Amzn-Bedrock-Input-Token-Count"),
                OutputTokens = IntHeader(response, "X-Amzn-Bedrock-Output-Token-Count"),
                CacheReadInputTokens = IntHeader(response, "X-Amzn-Bedrock-Cache-Read-Input-Token-Count"),
                CacheWriteInputTokens = IntHeader(response, "X-Amzn-Bedrock-Cache-Write-Input-Token-Count"),
                InvocationLatencyMs = LongHeader(response, "X-Amzn-Bedrock-Invocation-Latency"),
                PerformanceConfigLatency = response.Header("X-Amzn-Bedrock-PerformanceConfig-Latency"),
                ServiceTier = response.Header("X-Amzn-Bedrock-Service-Tier"),
            };
        }

        public virtual async IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(
            InvokeModelRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var operation = InvokeOperation("InvokeModelWithResponseStream", "invoke-with-response-stream", request, acceptHeader: "X-Amzn-Bedrock-Accept");
            operation.IsStreaming = true;
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            using var cancelRegistration = cancellationToken.Register(() => response.Dispose());
            var body = await response.Response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var events = EventStreamReader.ReadAsync(body, Transport.Configuration.StreamIdleTimeout, response.RequestId, cancellationToken);
            await using var enumerator = events.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                ResponseStreamChunk? chunk;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                    chunk = enumerator.Current.EventType == "chunk"
                        ? ParsePayload<ResponseStreamChunk>(enumerator.Current.Payload, "chunk", response.RequestId)
                        : null; // event types added later are skipped
                }
                catch (BedrockServiceException exception)
                {
                    exception.RequestId ??= response.RequestId;
                    exception.Attempts = response.Attempts;
                    throw;
                }
                if (chunk != null)
                {
                    yield return chunk;
                }
            }
        }

        public virtual async Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken)
        {
            var operation = RuntimeJson("CountTokens", $"/model/{EncodeLabel(modelId, nameof(modelId))}/count-tokens", BedrockJson.SerializeToUtf8Bytes(request));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ParseBody<CountTokensResponse>(response, "CountTokens");
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            return result;
        }

        public virtual async Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var path = $"/guardrail/{EncodeLabel(request.GuardrailIdentifier, "GuardrailIdentifier")}/version/{EncodeLabel(request.GuardrailVersion, "GuardrailVersion")}/apply";
            var operation = RuntimeJson("ApplyGuardrail", path, BedrockJson.SerializeToUtf8Bytes(request));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ParseBody<ApplyGuardrailResponse>(response, "ApplyGuardrail");
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            return result;
        }

        public virtual async Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest("ListFoundationModels", ServicePlane.ControlPlane, HttpMethod.Get, "/foundation-models");
            AddQuery(operation, "byProvider", filter?.ByProvider);
            AddQuery(operation, "byCustomizationType", filter?.ByCustomizationType);
            AddQuery(operation, "byOutputModality", filter?.ByOutputModality);
            AddQuery(operation, "byInferenceType", filter?.ByInferenceType);
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ParseBody<ListFoundationModelsResult>(response, "ListFoundationModels");
            return result.ModelSummaries ?? new List<FoundationModelSummary>();
        }

        public virtual async Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetFoundationModel", ServicePlane.ControlPlane, HttpMethod.Get, "/foundation-models/" + EncodeLabel(modelIdentifier, nameof(modelIdentifier)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ParseBody<GetFoundationModelResult>(response, "GetFoundationModel");
            return result.ModelDetails ?? throw InvalidResponse("GetFoundationModel", "the response has no modelDetails", response.RequestId);
        }

        public virtual async Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken)
        {
            var all = new List<InferenceProfileSummary>();
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            string? nextToken = null;
            do
            {
                var operation = new OperationRequest("ListInferenceProfiles", ServicePlane.ControlPlane, HttpMethod.Get, "/inference-profiles");
                AddQuery(operation, "maxResults", "1000");
                AddQuery(operation, "nextToken", nextToken);
                AddQuery(operation, "type", type);
                using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
                var page = ParseBody<ListInferenceProfilesResult>(response, "ListInferenceProfiles");
                all.AddRange(page.InferenceProfileSummaries ?? new List<InferenceProfileSummary>());
                nextToken = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
                if (nextToken != null && !seenTokens.Add(nextToken))
                {
                    // A service that repeats a token would otherwise loop forever.
                    throw InvalidResponse("ListInferenceProfiles", "the service returned the same page token twice", response.RequestId);
                }
            }
            while (nextToken != null);
            return all;
        }

        public virtual async Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetInferenceProfile", ServicePlane.ControlPlane, HttpMethod.Get, "/inference-profiles/" + EncodeLabel(id, nameof(id)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ParseBody<InferenceProfileSummary>(response, "GetInferenceProfile");
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing)
            {
                return;
            }
            lock (resolveGate)
            {
                if (disposed)
                {
                    return;
                }
                disposed = true;
                http?.Dispose();
            }
        }

        private static OperationRequest RuntimeJson(string name, string path, byte[] body)
        {
            return new OperationRequest(name, ServicePlane.Runtime, HttpMethod.Post, path)
            {
                Body = body,
                ContentType = JsonContentType,
            };
        }

        private static OperationRequest InvokeOperation(string name, string pathSuffix, InvokeModelRequest request, string acceptHeader)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var operation = new OperationRequest(name, ServicePlane.Runtime, HttpMethod.Post, $"/model/{EncodeLabel(request.ModelId, "ModelId")}/{pathSuffix}")
            {
                Body = request.Body ?? new byte[0],
                ContentType = request.ContentType ?? JsonContentType,
            };
            operation.Headers[acceptHeader] = request.Accept ?? JsonContentType;
            AddHeader(operation, "X-Amzn-Bedrock-Trace", request.Trace);
            AddHeader(operation, "X-Amzn-Bedrock-GuardrailIdentifier", request.GuardrailIdentifier);
            AddHeader(operation, "X-Amzn-Bedrock-GuardrailVersion", request.GuardrailVersion);
            AddHeader(operation, "X-Amzn-Bedrock-PerformanceConfig-Latency", request.PerformanceConfigLatency);
            AddHeader(operation, "X-Amzn-Bedrock-Service-Tier", request.ServiceTier);
            if (request.RequestMetadata != null && request.RequestMetadata.Count > 0)
            {
                operation.Headers["X-Amzn-Bedrock-Request-Metadata"] = BedrockJson.Serialize(request.RequestMetadata);
            }
            return operation;
        }

        private static byte[] SerializeConverseRequest(ConverseRequest request, bool streaming)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            if (streaming || request.GuardrailConfig?.StreamProcessingMode == null)
            {
                return BedrockJson.SerializeToUtf8Bytes(request);
            }
            // streamProcessingMode exists only in ConverseStream's guardrail shape; Converse would reject it.
            var node = JsonSerializer.SerializeToNode(request, BedrockJson.Options)!.AsObject();
            (node["guardrailConfig"] as JsonObject)?.Remove("streamProcessingMode");
            return Encoding.UTF8.GetBytes(node.ToJsonString(BedrockJson.Options));
        }

        private static ConverseStreamEvent ToConverseStreamEvent(StreamEvent frame, string? requestId)
        {
            var streamEvent = new ConverseStreamEvent { Kind = frame.EventType, RequestId = requestId };
            switch (frame.EventType)
            {
                case "messageStart":
                    streamEvent.MessageStart = ParsePayload<MessageStartEvent>(frame.Payload, frame.EventType, requestId);
                    break;
                case "contentBlockStart":
                    streamEvent.ContentBlockStart = ParsePayload<ContentBlockStartEvent>(frame.Payload, frame.EventType, requestId);
                    break;
                case "contentBlockDelta":
                    streamEvent.ContentBlockDelta = ParsePayload<ContentBlockDeltaEvent>(frame.Payload, frame.EventType, requestId);
                    break;
                case "contentBlockStop":
                    streamEvent.ContentBlockStop = ParsePayload<ContentBlockStopEvent>(frame.Payload, frame.EventType, requestId);
                    break;
                case "messageStop":
                    streamEvent.MessageStop = ParsePayload<MessageStopEvent>(frame.Payload, frame.EventType, requestId);
                    break;
                case "metadata":
                    streamEvent.Metadata = ParsePayload<ConverseStreamMetadataEvent>(frame.Payload, frame.EventType, requestId);
                    break;
            }
            return streamEvent;
        }

        private static T ParsePayload<T>(byte[] payload, string what, string? requestId)
            where T : class
        {
            try
            {
                return BedrockJson.Deserialize<T>(payload) ?? throw InvalidResponse(what, "the payload is null", requestId);
            }
            catch (JsonException exception)
            {
                throw InvalidResponse(what, exception.Message, requestId);
            }
        }

        private static T ParseBody<T>(TransportResponse response, string operation)
            where T : class
        {
            var body = response.Body ?? new byte[0];
            try
            {
                return BedrockJson.Deserialize<T>(body) ?? throw InvalidResponse(operation, "the body is null", response.RequestId);
            }
            catch (JsonException exception)
            {
                throw InvalidResponse(operation, exception.Message, response.RequestId);
            }
        }

        private static BedrockServiceException InvalidResponse(string operation, string detail, string? requestId)
        {
            return new BedrockServiceException(BedrockErrorCodes.InvalidResponse, $"{operation}: the response could not be read ({detail}).") { RequestId = requestId };
        }

        private static string EncodeLabel(string value, string name)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException($"{name} must not be empty.", name);
            }
            return PathEncoding.EncodeSegment(value);
        }

        private static void AddQuery(OperationRequest operation, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                operation.Query.Add(new KeyValuePair<string, string>(name, value!));
            }
        }

        private static void AddHeader(OperationRequest operation, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                operation.Headers[name] = value!;
            }
        }

        private static int? IntHeader(TransportResponse response, string name)
        {
            var text = response.Header(name);
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        }

        private static long? LongHeader(TransportResponse response, string name)
        {
            var text = response.Header(name);
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
        }
    }
}
