using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>Client options isolated from the machine: no real environment, no shared config, recorded delays.</summary>
    public static class TestClients
    {
        public const string AccessKey = "AKIDEXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

        public static BedrockClientOptions Options(Uri? endpoint = null, IDictionary<string, string>? environment = null, ConcurrentQueue<TimeSpan>? delays = null)
        {
            // Standard retries unless a test sets its own environment: most tests here check the retry decisions
            // with instant delays, which the adaptive mode's rate limiter (the module's default) would turn into
            // real waits after a throttle. The limiter has tests of its own.
            var env = environment ?? new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "standard" };
            var options = new BedrockClientOptions
            {
                Region = "us-east-1",
                EndpointUrl = endpoint,
                Credentials = new BasicAWSCredentials(AccessKey, SecretKey),
                EnvironmentReader = name => env.TryGetValue(name, out var value) ? value : null,
                IgnoreSharedConfig = true,
            };
            if (delays != null)
            {
                options.Delay = (delay, token) =>
                {
                    delays.Enqueue(delay);
                    return Task.CompletedTask;
                };
            }
            else
            {
                // Keep retries instant in tests; the delays themselves are checked where they matter.
                options.Delay = (delay, token) => Task.CompletedTask;
            }
            return options;
        }

        public static BedrockClient Client(LoopbackServer server, Action<BedrockClientOptions>? configure = null, ConcurrentQueue<TimeSpan>? delays = null)
        {
            var options = Options(server.Url, delays: delays);
            configure?.Invoke(options);
            return new BedrockClient(options);
        }
    }
}
