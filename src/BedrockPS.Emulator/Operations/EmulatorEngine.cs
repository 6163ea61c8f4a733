using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator.Auth;
using BedrockPS.Emulator.Batch;
using BedrockPS.Emulator.Caching;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Faults;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.S3;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>
    /// The emulator's request pipeline: count, authenticate, plan faults, route, add latency, run the operation,
    /// and turn any ServiceError into the service's error response.
    /// </summary>
    internal sealed class EmulatorEngine
    {
        private readonly RequestAuthenticator _authenticator;
        private readonly OperationRouter _router = new OperationRouter();
        private Scenario? _scenario;
        private long _requestCount;
        private long _inFlight;
        private long _errorResponseCount;
        private long _streamDelayTicks;
        private long _flexRequests;

        public EmulatorEngine(EmulatorOptions options)
        {
            Region = options.Region;
            AccountId = EmulatorCredentialDefaults.AccountId;
            Catalog = new ModelCatalog();
            DateTimeOffset? lifecycleDate = options.LifecycleDate;
            Clock = () => lifecycleDate ?? DateTimeOffset.UtcNow;
            Availability = new AvailabilityTable(options.ModelAvailability, options.EnabledModels, options.DisabledModels);
            Resolver = new ModelResolver(Catalog, Availability, ApplicationProfiles, options.EnforceInferenceProfileOnlyModels,
                Clock, options.InactiveLegacyModels);
            var keyPairs = new List<EmulatorKeyPair> { new EmulatorKeyPair(options.AccessKeyId, options.SecretAccessKey) };
            keyPairs.AddRange(options.ExtraKeyPairs);
            var apiKeys = new List<string> { options.ApiKey };
            apiKeys.AddRange(options.ExtraApiKeys);
            Keys = new KeyTable(keyPairs, apiKeys);
            _authenticator = new RequestAuthenticator(Keys, options.Region);
            Faults = new FaultPlanner(options.Faults ?? new FaultSettings());
            _scenario = options.Scenario ?? (options.ScenarioPath != null ? Scenario.Load(options.ScenarioPath) : null);
            StreamDelay = options.StreamDelay;
            Latency = options.Latency;
            FlexLatency = options.FlexLatency;
            FlexThrottleEveryNth = options.FlexThrottleEveryNth;
            PromptCache = new PromptCache(options.Clock);
            Batch = (options.Batch ?? new BatchSettings()).Clone();
            ObjectStore = ObjectStores.Create(Batch, options.Region);
            BatchJobs = new BatchJobRegistry(this, ObjectStore, Batch);
        }

        public KeyTable Keys { get; }
        public BatchSettings Batch { get; }
        /// <summary>Where batch jobs read and write: the embedded S3 endpoint's folder, or the external endpoint.</summary>
        public IObjectStore ObjectStore { get; }
        public BatchJobRegistry BatchJobs { get; }

        public string Region { get; }
        public string AccountId { get; }
        public ModelCatalog Catalog { get; }
        public ModelResolver Resolver { get; }

        /// <summary>The time model lifecycles are judged at (EmulatorOptions.LifecycleDate, or now).</summary>
        public Func<DateTimeOffset> Clock { get; }
        public AvailabilityTable Availability { get; }
        public ApplicationProfileStore ApplicationProfiles { get; } = new ApplicationProfileStore();
        public FaultPlanner Faults { get; }
        public ReplyGenerator Generator { get; } = new ReplyGenerator();
        public TimeSpan Latency { get; }
        public TimeSpan FlexLatency { get; }
        public int FlexThrottleEveryNth { get; }
        public PromptCache PromptCache { get; }

        /// <summary>Counts a flex-tier request; true when it is one the flex settings throttle.</summary>
        public bool CountFlexRequest() => FlexThrottleEveryNth > 0 && Interlocked.Increment(ref _flexRequests) % FlexThrottleEveryNth == 0;

        public TimeSpan StreamDelay
        {
            get => new TimeSpan(Interlocked.Read(ref _streamDelayTicks));
            set => Interlocked.Exchange(ref _streamDelayTicks, value.Ticks);
        }

        public Scenario? Scenario
        {
            get => Volatile.Read(ref _scenario);
            set => Volatile.Write(ref _scenario, value);
        }

        public long RequestCount => Interlocked.Read(ref _requestCount);

        /// <summary>Requests whose handling has started and not yet ended (a stream counts until its last byte or its client leaves).</summary>
        public long InFlightCount => Interlocked.Read(ref _inFlight);

        /// <summary>Requests answered with an error response (a refused, faulted or failed request; not a cut or reset stream).</summary>
        public long ErrorResponseCount => Interlocked.Read(ref _errorResponseCount);

        public async Task HandleAsync(HttpRequest request, HttpExchange exchange)
        {
            Interlocked.Increment(ref _requestCount);
            Interlocked.Increment(ref _inFlight);
            try
            {
                await HandleCountedAsync(request, exchange).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private async Task HandleCountedAsync(HttpRequest request, HttpExchange exchange)
        {
            string requestId = Guid.NewGuid().ToString();
            OperationContext? context = null;
            try
            {
                _authenticator.Authenticate(request);
                FaultSpec fault;
                try
                {
                    fault = Faults.Plan(request);
                }
                catch (FormatException ex)
                {
                    throw ServiceError.Validation(ex.Message);
                }
                var segments = request.RawPath.Split('/').Skip(1).Select(s => HttpRequest.PercentDecode(s, false)).ToList();
                IOperation operation = _router.Find(request.Method, segments);
                context = new OperationContext(request, exchange, this, requestId, fault, segments);
                await DelayAsync(Latency + fault.Latency, exchange).ConfigureAwait(false);
                if (ThrowOrResetForFault(context))
                {
                    return;
                }
                await operation.HandleAsync(context).ConfigureAwait(false);
            }
            catch (ServiceError error) when (!exchange.ResponseStarted)
            {
                Interlocked.Increment(ref _errorResponseCount);
                await SendErrorAsync(exchange, requestId, error).ConfigureAwait(false);
            }
            catch (Exception ex) when (!exchange.ResponseStarted && IsDefect(ex))
            {
                // A request shape the emulator did not foresee: answer like the service's 500, never hang up silently.
                Interlocked.Increment(ref _errorResponseCount);
                await SendErrorAsync(exchange, requestId, new ServiceError(500, "InternalServerException",
                    "The emulator could not process the request (" + ex.GetType().Name + ").")).ConfigureAwait(false);
            }
        }

        private static bool IsDefect(Exception ex) =>
            !(ex is System.IO.IOException || ex is System.Net.Sockets.SocketException || ex is ObjectDisposedException || ex is OperationCanceledException);

        /// <summary>Applies a fault that acts before any response byte. Returns true when the connection was reset.</summary>
        public static bool ThrowOrResetForFault(OperationContext context)
        {
            switch (context.Fault.Kind)
            {
                case FaultKind.Throttling:
                    throw new ServiceError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
                case FaultKind.InternalServerError:
                    throw new ServiceError(500, "InternalServerException", "The server encountered an internal error while processing the request.");
                case FaultKind.ServiceUnavailable:
                    throw new ServiceError(503, "ServiceUnavailableException", "The service is temporarily unable to handle the request. Try again later.");
                case FaultKind.ModelNotReady:
                    throw new ServiceError(429, "ModelNotReadyException", "Model is not ready for inference. Wait and try your request again.");
                case FaultKind.ModelTimeout:
                    throw new ServiceError(408, "ModelTimeoutException", "Model has timed out in processing the request. Try your request again.");
                case FaultKind.ResetBeforeHeaders:
                    context.Exchange.Reset();
                    return true;
                default:
                    return false;
            }
        }

        public static async Task DelayAsync(TimeSpan delay, HttpExchange exchange)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, exchange.Stopping).ConfigureAwait(false);
            }
        }

        private static Task SendErrorAsync(HttpExchange exchange, string requestId, ServiceError error)
        {
            var body = new JsonObject { ["message"] = error.Message };
            foreach (var member in error.ExtraMembers)
            {
                // Typed, not JsonValue.Create(object): a value of static type object cannot be written without reflection metadata.
                body[member.Key] = member.Value switch
                {
                    int number => JsonValue.Create(number),
                    long number => JsonValue.Create(number),
                    bool flag => JsonValue.Create(flag),
                    _ => JsonValue.Create(System.Convert.ToString(member.Value, System.Globalization.CultureInfo.InvariantCulture)),
                };
            }
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("x-amzn-RequestId", requestId),
                new KeyValuePair<string, string>("X-Amzn-Errortype", error.ErrorType),
                new KeyValuePair<string, string>("Content-Type", "application/json"),
            };
            return exchange.SendAsync(error.Status, headers, JsonBody.Bytes(body));
        }
    }
}
