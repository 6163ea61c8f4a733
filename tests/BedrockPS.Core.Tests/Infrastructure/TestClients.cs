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
            var env = environment ?? new Dictionary<string, string>();
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
