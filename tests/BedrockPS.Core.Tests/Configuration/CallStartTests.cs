using System;
using Amazon.Runtime;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>
    /// BedrockClient.StartsWithoutBlocking tells the cmdlets whether a call may start on the pipeline thread: only
    /// when nothing before the request goes on the wire can wait on I/O (resolution done, keys in memory).
    /// </summary>
    public sealed class CallStartTests
    {
        // Isolated from the process environment and the shared config files, which other tests change.
        private static BedrockClientOptions Options() => TestClients.Options(new Uri("http://127.0.0.1:9"));

        [Fact]
        public void Client_with_static_keys_starts_without_blocking_once_resolved()
        {
            var options = Options();
            options.Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "example-secret");
            using var client = new BedrockClient(options);

            Assert.False(client.StartsWithoutBlocking); // resolution reads the environment and files
            client.Resolve();
            Assert.True(client.StartsWithoutBlocking);
        }

        [Fact]
        public void Client_with_session_keys_or_an_api_key_starts_without_blocking_once_resolved()
        {
            var session = Options();
            session.Credentials = new SessionAWSCredentials("AKIDEXAMPLE", "example-secret", "example-token");
            using var sessionClient = new BedrockClient(session);
            var bearer = Options();
            bearer.ApiKey = "example-api-key";
            using var bearerClient = new BedrockClient(bearer);

            sessionClient.Resolve();
            bearerClient.Resolve();

            Assert.True(sessionClient.StartsWithoutBlocking);
            Assert.True(bearerClient.StartsWithoutBlocking);
        }

        [Fact]
        public void Client_whose_credentials_are_fetched_never_starts_on_the_callers_thread()
        {
            var options = Options();
            options.Credentials = new FetchedCredentials();
            using var client = new BedrockClient(options);

            client.Resolve();

            Assert.False(client.StartsWithoutBlocking);
        }

        /// <summary>Stands for profile, SSO and role credentials: obtained by a call that may wait on I/O.</summary>
        private sealed class FetchedCredentials : AWSCredentials
        {
            public override ImmutableCredentials GetCredentials() => new ImmutableCredentials("AKIDEXAMPLE", "example-secret", null);
        }
    }
}
