using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
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
    public partial class BedrockClient : IBedrockService, IDisposable
    {
        private readonly BedrockClientOptions options;
        private readonly object resolveGate = new object();
        private readonly HttpClient? http;
        private BedrockTransport? transport;
        private bool disposed;

        /// <summary>Creates a client. Nothing is resolved or sent yet: region and credentials are looked up on the first call (or <see cref="Resolve"/>).</summary>
        /// <param name="options">Settings; copied, so later changes to the object do not affect this client.</param>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
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
        /// True once the configuration is resolved with credentials held in memory (static keys or an API key): a
        /// call then does no blocking work before its first real wait, so a caller may start it on its own thread
        /// instead of handing it to the thread pool. False before the first call, and for profiles, SSO and roles.
        /// </summary>
        public virtual bool StartsWithoutBlocking
        {
            get
            {
                var current = Volatile.Read(ref transport);
                return current != null && current.Configuration.Authenticator.CredentialsAtHand;
            }
        }

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
                if (current != null && !Volatile.Read(ref disposed))
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

        /// <inheritdoc/>
        public virtual async Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.RuntimeJson(
                "Converse", ModelPath(modelId, "converse"), ConverseBodyWriter.Write(request, streaming: false));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody(response, "Converse", ConverseResponseReader.Read);
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            ReportUsage(modelId, "Converse", result.Usage, result.ServiceTier?.Type);
            return result;
        }

        /// <inheritdoc/>
        public virtual IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(
            string modelId, ConverseRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.RuntimeJson(
                "ConverseStream", ModelPath(modelId, "converse-stream"), ConverseBodyWriter.Write(request, streaming: true));
            // No copy of the text is kept here for PartialText: the consumer that accumulates the answer
            // (ConversationRunner) fills it, so a long answer is held once, not twice.
            bool complete = false;
            return ReadEventStreamAsync(
                operation,
                (message, requestId) =>
                {
                    ConverseStreamEvent streamEvent = ResponseReader.ToConverseStreamEvent(message, requestId);
                    complete |= streamEvent.MessageStop != null || streamEvent.Metadata != null;
                    if (streamEvent.Metadata != null)
                    {
                        ReportUsage(modelId, "ConverseStream", streamEvent.Metadata.Usage, streamEvent.Metadata.ServiceTier?.Type);
                    }
                    return streamEvent;
                },
                requestId => complete ? null : EventStreamReader.Interrupted("The response stream ended before the message was complete.", null, requestId),
                cancellationToken);
        }

        /// <inheritdoc/>
        public virtual async Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.InvokeOperation("InvokeModel", "invoke", request, acceptHeader: "Accept");
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = new InvokeModelResponse
            {
                Body = response.Body ?? Array.Empty<byte>(),
                ContentType = response.Header("Content-Type"),
                RequestId = response.RequestId,
                Attempts = response.Attempts,
                InputTokens = ResponseReader.IntHeader(response, "X-Amzn-Bedrock-Input-Token-Count"),
                OutputTokens = ResponseReader.IntHeader(response, "X-Amzn-Bedrock-Output-Token-Count"),
                CacheReadInputTokens = ResponseReader.IntHeader(response, "X-Amzn-Bedrock-Cache-Read-Input-Token-Count"),
                CacheWriteInputTokens = ResponseReader.IntHeader(response, "X-Amzn-Bedrock-Cache-Write-Input-Token-Count"),
                InvocationLatencyMs = ResponseReader.LongHeader(response, "X-Amzn-Bedrock-Invocation-Latency"),
                PerformanceConfigLatency = response.Header("X-Amzn-Bedrock-PerformanceConfig-Latency"),
                ServiceTier = response.Header("X-Amzn-Bedrock-Service-Tier"),
            };
            ReportUsage(request.ModelId, "InvokeModel", result.InputTokens ?? 0, result.OutputTokens ?? 0,
                result.CacheReadInputTokens ?? 0, result.CacheWriteInputTokens ?? 0, result.ServiceTier);
            return result;
        }

        /// <inheritdoc/>
        public virtual IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(
            InvokeModelRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.InvokeOperation("InvokeModelWithResponseStream", "invoke-with-response-stream", request, acceptHeader: "X-Amzn-Bedrock-Accept");
            return ReadEventStreamAsync(
                operation,
                (message, requestId) =>
                {
                    if (message.EventType != "chunk") return null; // event types added later are skipped
                    ResponseStreamChunk chunk = ResponseReader.ParsePayload<ResponseStreamChunk>(message.Payload, "chunk", requestId);
                    if (Usage.InvocationMetrics.TryRead(chunk.Bytes, out long inputTokens, out long outputTokens, out long cacheRead, out long cacheWrite))
                    {
                        ReportUsage(request.ModelId, "InvokeModelWithResponseStream", inputTokens, outputTokens, cacheRead, cacheWrite, null);
                    }
                    return chunk;
                },
                endCheck: null,
                cancellationToken);
        }

        /// <summary>
        /// The skeleton of both streaming operations: send, read the event stream with the idle timeout, turn each message
        /// into an item (null skips it), and give every failure the request id and attempts. <paramref name="endCheck"/>
        /// may refuse a stream that ended early by returning the exception to throw.
        /// </summary>
        private async IAsyncEnumerable<T> ReadEventStreamAsync<T>(
            OperationRequest operation,
            Func<StreamEvent, string?, T?> decode,
            Func<string?, BedrockServiceException?>? endCheck,
            [EnumeratorCancellation] CancellationToken cancellationToken)
            where T : class
        {
            operation.IsStreaming = true;
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            using var cancelRegistration = cancellationToken.Register(() => response.Dispose());
            var body = await response.Response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var events = EventStreamReader.ReadAsync(body, Transport.Configuration.StreamIdleTimeout, response.RequestId, cancellationToken);
            // Configured so no await here returns to the caller's context (hosts that block on a UI thread would deadlock).
            await using var enumerator = events.WithCancellation(cancellationToken).ConfigureAwait(false).GetAsyncEnumerator();
            while (true)
            {
                T? item;
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        BedrockServiceException? early = endCheck?.Invoke(response.RequestId);
                        if (early != null) throw early;
                        break;
                    }
                    item = decode(enumerator.Current, response.RequestId);
                }
                catch (BedrockServiceException exception)
                {
                    exception.RequestId ??= response.RequestId;
                    exception.Attempts = response.Attempts;
                    throw;
                }
                if (item != null) yield return item;
            }
        }

        /// <inheritdoc/>
        public virtual async Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.RuntimeJson("CountTokens", ModelPath(modelId, "count-tokens"), BedrockJson.SerializeToUtf8Bytes(request));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody<CountTokensResponse>(response, "CountTokens");
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            return result;
        }

        /// <inheritdoc/>
        public virtual async Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var path = $"/guardrail/{OperationRequests.EncodeLabel(request.GuardrailIdentifier, "GuardrailIdentifier")}/version/{OperationRequests.EncodeLabel(request.GuardrailVersion, "GuardrailVersion")}/apply";
            var operation = OperationRequests.RuntimeJson("ApplyGuardrail", path, BedrockJson.SerializeToUtf8Bytes(request));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody<ApplyGuardrailResponse>(response, "ApplyGuardrail");
            result.RequestId = response.RequestId;
            result.Attempts = response.Attempts;
            return result;
        }

        /// <inheritdoc/>
        public virtual async Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest("ListFoundationModels", ServicePlane.ControlPlane, HttpMethod.Get, "/foundation-models");
            OperationRequests.AddQuery(operation, "byProvider", filter?.ByProvider);
            OperationRequests.AddQuery(operation, "byCustomizationType", filter?.ByCustomizationType);
            OperationRequests.AddQuery(operation, "byOutputModality", filter?.ByOutputModality);
            OperationRequests.AddQuery(operation, "byInferenceType", filter?.ByInferenceType);
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody<ListFoundationModelsResult>(response, "ListFoundationModels");
            Lifecycle.ModelLifecycleRegistry.Learn(result.ModelSummaries);
            return result.ModelSummaries ?? new List<FoundationModelSummary>();
        }

        /// <inheritdoc/>
        public virtual async Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetFoundationModel", ServicePlane.ControlPlane, HttpMethod.Get, "/foundation-models/" + OperationRequests.EncodeLabel(modelIdentifier, nameof(modelIdentifier)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody<GetFoundationModelResult>(response, "GetFoundationModel");
            Lifecycle.ModelLifecycleRegistry.Learn(result.ModelDetails);
            return result.ModelDetails ?? throw ResponseReader.InvalidResponse("GetFoundationModel", "the response has no modelDetails", response.RequestId);
        }

        /// <inheritdoc/>
        public virtual async Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken)
        {
            var all = new List<InferenceProfileSummary>();
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            string? nextToken = null;
            do
            {
                var operation = new OperationRequest("ListInferenceProfiles", ServicePlane.ControlPlane, HttpMethod.Get, "/inference-profiles");
                OperationRequests.AddQuery(operation, "maxResults", "1000");
                OperationRequests.AddQuery(operation, "nextToken", nextToken);
                OperationRequests.AddQuery(operation, "type", type);
                using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
                var page = ResponseReader.ParseBody<ListInferenceProfilesResult>(response, "ListInferenceProfiles");
                all.AddRange(page.InferenceProfileSummaries ?? new List<InferenceProfileSummary>());
                nextToken = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
                if (nextToken != null && !seenTokens.Add(nextToken))
                {
                    // A service that repeats a token would otherwise loop forever.
                    throw ResponseReader.InvalidResponse("ListInferenceProfiles", "the service returned the same page token twice", response.RequestId);
                }
            }
            while (nextToken != null);
            return all;
        }

        /// <inheritdoc/>
        public virtual async Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetInferenceProfile", ServicePlane.ControlPlane, HttpMethod.Get, "/inference-profiles/" + OperationRequests.EncodeLabel(id, nameof(id)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ResponseReader.ParseBody<InferenceProfileSummary>(response, "GetInferenceProfile");
        }

        private void ReportUsage(string modelId, string operation, TokenUsage? usage, string? serviceTier)
        {
            if (usage == null) return;
            ReportUsage(modelId, operation, usage.InputTokens, usage.OutputTokens,
                usage.CacheReadInputTokens ?? 0, usage.CacheWriteInputTokens ?? 0, serviceTier);
        }

        private void ReportUsage(string modelId, string operation, long inputTokens, long outputTokens, long cacheRead, long cacheWrite, string? serviceTier)
        {
            Usage.IUsageObserver? observer = options.UsageObserver;
            if (observer == null) return;
            try
            {
                observer.OnCallCompleted(new Usage.CallUsage(modelId, operation, inputTokens, outputTokens, cacheRead, cacheWrite, serviceTier));
            }
            catch (Exception ex)
            {
                // A tally must never turn a paid, successful answer into a failure.
                options.Log?.Invoke("Usage observer failed: " + ex.GetType().Name);
            }
        }

        /// <inheritdoc/>
        public virtual async Task<FoundationModelAvailability> GetFoundationModelAvailabilityAsync(string modelId, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetFoundationModelAvailability", ServicePlane.ControlPlane, HttpMethod.Get, "/foundation-model-availability/" + OperationRequests.EncodeLabel(modelId, nameof(modelId)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ResponseReader.ParseBody<FoundationModelAvailability>(response, "GetFoundationModelAvailability");
        }

        /// <inheritdoc/>
        public virtual async Task<CreateInferenceProfileResult> CreateInferenceProfileAsync(CreateInferenceProfileRequest request, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.CreateInferenceProfile(request);
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ResponseReader.ParseBody<CreateInferenceProfileResult>(response, "CreateInferenceProfile");
        }

        /// <inheritdoc/>
        public virtual async Task DeleteInferenceProfileAsync(string id, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "DeleteInferenceProfile", ServicePlane.ControlPlane, HttpMethod.Delete, "/inference-profiles/" + OperationRequests.EncodeLabel(id, nameof(id)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc/>
        public virtual async Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.ControlPlaneJson(
                "ListTagsForResource", "/listTagsForResource", BedrockJson.SerializeToUtf8Bytes(new Dictionary<string, string> { ["resourceARN"] = resourceArn }));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ResponseReader.ParseBody<ListTagsForResourceResult>(response, "ListTagsForResource").Tags ?? new List<ResourceTag>();
        }

        private static string ModelPath(string modelId, string operation) =>
            $"/model/{OperationRequests.EncodeLabel(modelId, nameof(modelId))}/{operation}";

        /// <summary>Releases the HTTP connections. Calls in flight may fail; later calls are refused with <see cref="ObjectDisposedException"/>. The handler given in the options is not disposed.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases the HTTP client; idempotent.</summary>
        /// <param name="disposing">False when called from a finalizer: nothing is released then.</param>
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
    }
}
