using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator
{
    /// <summary>How to start a <see cref="BedrockEmulator"/>. Every member has a working default.</summary>
    public sealed class EmulatorOptions
    {
        /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
        public int Port { get; set; }

        /// <summary>The region SigV4 credential scopes must name, and the one in ARNs.</summary>
        public string Region { get; set; } = EmulatorCredentialDefaults.Region;

        /// <summary>The main access key id SigV4 requests may sign with.</summary>
        public string AccessKeyId { get; set; } = EmulatorCredentialDefaults.AccessKeyId;

        /// <summary>The secret of <see cref="AccessKeyId"/>.</summary>
        public string SecretAccessKey { get; set; } = EmulatorCredentialDefaults.SecretAccessKey;

        /// <summary>The main bearer API key the account accepts.</summary>
        public string ApiKey { get; set; } = EmulatorCredentialDefaults.ApiKey;

        /// <summary>More access keys (with session tokens if wanted) the account accepts.</summary>
        public IList<EmulatorKeyPair> ExtraKeyPairs { get; } = new List<EmulatorKeyPair>();

        /// <summary>More bearer API keys the account accepts.</summary>
        public IList<string> ExtraApiKeys { get; } = new List<string>();

        /// <summary>Delay before each streamed delta (one per word). Zero streams as fast as possible.</summary>
        public TimeSpan StreamDelay { get; set; } = TimeSpan.Zero;

        /// <summary>Latency added before every response.</summary>
        public TimeSpan Latency { get; set; } = TimeSpan.Zero;

        /// <summary>A kept-alive connection with no new request for this long is closed (5 minutes by default).</summary>
        public TimeSpan IdleConnectionTimeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Once a request starts, all of it must arrive within this (30 s by default); a slower client gets 408.</summary>
        public TimeSpan RequestReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Connections served at once (512 by default); one more is answered 503 and closed.</summary>
        public int MaxConnections { get; set; } = 512;

        /// <summary>A scenario file (JSON) to load at start; ignored when <see cref="Scenario"/> is set.</summary>
        public string? ScenarioPath { get; set; }

        /// <summary>Scripted answers and faults matched against each prompt; null answers every prompt with an echo.</summary>
        public Scenario? Scenario { get; set; }

        /// <summary>Batch inference jobs and the S3 endpoint they use; null means the defaults.</summary>
        public BatchSettings? Batch { get; set; }

        /// <summary>Emulator-wide faults; null means none.</summary>
        public FaultSettings? Faults { get; set; }

        /// <summary>When set, only these model ids are enabled in the account; others answer 403 AccessDeniedException.</summary>
        public IList<string>? EnabledModels { get; set; }

        /// <summary>Model ids whose access is not granted: 403 AccessDeniedException.</summary>
        public IList<string> DisabledModels { get; } = new List<string>();

        /// <summary>
        /// As the service does, refuse on-demand calls by bare model id to models that are only offered through inference
        /// profiles (Claude 3.7 and later, Llama 3.1+, Nova Premier). Use the "us."/"global." profile id instead.
        /// </summary>
        public bool EnforceInferenceProfileOnlyModels { get; set; } = true;

        /// <summary>
        /// The time the catalog's model lifecycles are judged at: a model past its end of life is left out of
        /// ListFoundationModels and every call to it answers 404 "reached the end of its life". Null: the current time.
        /// </summary>
        public DateTimeOffset? LifecycleDate { get; set; }

        /// <summary>
        /// Legacy model ids this account has not used in the last 30 days ("*": every Legacy model): runtime calls to
        /// them answer 404 "Access denied. This Model is marked by provider as Legacy...", as the service does.
        /// </summary>
        public IList<string> InactiveLegacyModels { get; } = new List<string>();

        /// <summary>Latency added to requests served in the flex service tier (flex trades speed for price).</summary>
        public TimeSpan FlexLatency { get; set; } = TimeSpan.Zero;

        /// <summary>When above zero, every Nth request in the flex tier is throttled (429), on top of any other fault.</summary>
        public int FlexThrottleEveryNth { get; set; }

        /// <summary>The emulator's clock, against which prompt-cache entries expire. Tests may move it.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>
        /// Per model id: what GetFoundationModelAvailability answers. A model that is not fully available is also
        /// refused by the runtime calls, as an account without access would be. Models not listed are available
        /// (or NOT_AUTHORIZED when <see cref="DisabledModels"/> / <see cref="EnabledModels"/> exclude them).
        /// </summary>
        public IDictionary<string, ModelAvailability> ModelAvailability { get; } = new Dictionary<string, ModelAvailability>(StringComparer.Ordinal);
    }
}
