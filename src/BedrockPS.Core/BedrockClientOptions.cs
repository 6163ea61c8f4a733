using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace BedrockPS.Core
{
    /// <summary>
    /// Settings of a <see cref="BedrockClient"/>. Every member is optional: what is not set is resolved from the
    /// environment, the shared config files and the AWS default chains when the client first needs it.
    /// </summary>
    public sealed class BedrockClientOptions
    {
        /// <summary>AWS region, e.g. us-east-1.</summary>
        public string? Region { get; set; }

        /// <summary>A profile of the shared config/credentials files.</summary>
        public string? ProfileName { get; set; }

        /// <summary>Explicit AWS credentials (signed with SigV4).</summary>
        public AWSCredentials? Credentials { get; set; }

        /// <summary>A Bedrock API key, sent as "Authorization: Bearer". Never logged.</summary>
        public string? ApiKey { get; set; }

        /// <summary>One URL for both the runtime and the control plane (the emulator hook).</summary>
        public Uri? EndpointUrl { get; set; }

        /// <summary>URL of the runtime (Converse, InvokeModel, ...); wins over <see cref="EndpointUrl"/>.</summary>
        public Uri? RuntimeEndpointUrl { get; set; }

        /// <summary>URL of the control plane (model catalog, inference profiles); wins over <see cref="EndpointUrl"/>.</summary>
        public Uri? ControlPlaneEndpointUrl { get; set; }

        /// <summary>The S3 endpoint batch data goes through; AWS_ENDPOINT_URL_S3, then AWS's own, when null. Requests to it are path-style.</summary>
        public Uri? S3EndpointUrl { get; set; }

        /// <summary>Use the FIPS endpoints of the region (bedrock-fips, bedrock-runtime-fips); ignored where an endpoint URL applies. False still honours AWS_USE_FIPS_ENDPOINT and the profile's use_fips_endpoint.</summary>
        public bool UseFips { get; set; }

        /// <summary>Use the dual-stack (IPv4 and IPv6) endpoints; ignored where an endpoint URL applies. False still honours AWS_USE_DUALSTACK_ENDPOINT and the profile's use_dualstack_endpoint.</summary>
        public bool UseDualStack { get; set; }

        /// <summary>Total attempts per call, first try included (default 3).</summary>
        public int? MaxAttempts { get; set; }

        /// <summary>standard (default), adaptive or legacy.</summary>
        public string? RetryMode { get; set; }

        /// <summary>Time allowed for one attempt until the response headers arrive (default 5 minutes).</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>Longest silence allowed between two pieces of a streamed response (default 60 seconds).</summary>
        public TimeSpan? StreamIdleTimeout { get; set; }

        /// <summary>
        /// Receives diagnostic lines (request id, attempt, status, latency). Never given secrets. Called from whatever
        /// thread the call runs on, possibly several at once.
        /// </summary>
        public Action<string>? Log { get; set; }

        /// <summary>Told the usage of every successful model call (Converse, streams, InvokeModel).</summary>
        public Usage.IUsageObserver? UsageObserver { get; set; }

        /// <summary>Replaces the HTTP handler (tests). The client does not dispose it.</summary>
        public HttpMessageHandler? Handler { get; set; }

        /// <summary>Where environment variables are read from (tests replace it to stay isolated).</summary>
        internal Func<string, string?> EnvironmentReader { get; set; } = Environment.GetEnvironmentVariable;

        /// <summary>Skips the shared config files and the AWS default chains (tests).</summary>
        internal bool IgnoreSharedConfig { get; set; }

        /// <summary>How the transport waits between attempts (tests record the delays instead of sleeping).</summary>
        internal Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

        /// <summary>Fixed signing time (tests).</summary>
        internal Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

        /// <summary>A shallow copy: the credentials, handler, callbacks and observer are shared, not copied.</summary>
        public BedrockClientOptions Clone()
        {
            return (BedrockClientOptions)MemberwiseClone();
        }

        /// <summary>Region, profile, kind of authentication and endpoint, for diagnostics; never the API key or credentials.</summary>
        public override string ToString()
        {
            // Deliberately leaves out the API key and credentials.
            return $"BedrockClientOptions(Region={Region ?? "(auto)"}, Profile={ProfileName ?? "(auto)"}, " +
                   $"Auth={(ApiKey != null ? "api-key" : Credentials != null ? "credentials" : "(auto)")}, " +
                   $"Endpoint={EndpointUrl?.ToString() ?? "(auto)"})";
        }
    }
}
