using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>Profiles read by AWSSDK.Core from temporary shared config files (see <see cref="SharedConfigFiles"/>).</summary>
    [Collection(nameof(ProcessEnvironmentCollection))]
    public sealed class ProfileTests : IClassFixture<SharedConfigFiles>
    {
        private static BedrockClientOptions FromProfile(string profile, Uri? endpoint = null)
        {
            var options = TestClients.Options(endpoint);
            options.IgnoreSharedConfig = false;
            options.Region = null;
            options.Credentials = null;
            options.ProfileName = profile;
            return options;
        }

        [Fact]
        public async Task Profile_gives_region_credentials_and_retry_settings()
        {
            using var server = new LoopbackServer((request, writer) =>
                writer.SendJsonAsync(503, "{\"message\":\"down\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ServiceUnavailableException" }));
            var options = FromProfile("bedrock-test");
            options.RuntimeEndpointUrl = server.Url;
            using var client = new BedrockClient(options);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal("eu-west-3", client.Region);
            Assert.Equal("https://bedrock.eu-west-3.amazonaws.com/", client.ControlPlaneEndpoint.ToString());
            Assert.Equal(4, error.Attempts);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDPROFILE/", sent!.Header("Authorization"));
            Assert.Contains("/eu-west-3/bedrock/aws4_request", sent.Header("Authorization"));
        }

        [Fact]
        public void Unknown_profile_is_a_clear_NoCredentials_error()
        {
            using var client = new BedrockClient(FromProfile("does-not-exist"));
            var error = Assert.Throws<BedrockServiceException>(() => client.Resolve());
            Assert.Equal(BedrockErrorCodes.NoCredentials, error.ErrorCode);
            Assert.Contains("does-not-exist", error.Message);
        }

        [Fact]
        public void Profile_named_by_AWS_PROFILE_is_read_when_the_shared_files_exist()
        {
            Assert.True(BedrockPS.Core.Configuration.SharedProfileStores.AnyExists());
            var options = FromProfile("bedrock-test");
            options.ProfileName = null;
            // Keys in the environment as well, as on a CI runner: the region still comes from the profile.
            var environment = new Dictionary<string, string> { ["AWS_PROFILE"] = "bedrock-test", ["AWS_ACCESS_KEY_ID"] = "AKIDENVIRONMENT", ["AWS_SECRET_ACCESS_KEY"] = "secret-from-environment" };
            options.EnvironmentReader = name => environment.TryGetValue(name, out var value) ? value : null;
            using var client = new BedrockClient(options);
            Assert.Equal("eu-west-3", client.Region);
            Assert.Equal("sigv4", client.AuthenticationScheme);
        }

        [Fact]
        public void Region_given_explicitly_wins_over_the_profile()
        {
            var options = FromProfile("bedrock-test");
            options.Region = "us-west-2";
            using var client = new BedrockClient(options);
            Assert.Equal("us-west-2", client.Region);
        }

        [Fact]
        public void Web_identity_profile_is_understood_without_contacting_sts()
        {
            using var client = new BedrockClient(FromProfile("web-identity"));
            client.Resolve();
            Assert.Equal("us-west-2", client.Region);
            Assert.Equal("sigv4", client.AuthenticationScheme);
        }

        [Fact]
        public async Task Sso_profile_without_a_login_fails_with_NoCredentials_before_sending()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{}"));
            var options = FromProfile("sso-user");
            options.EndpointUrl = server.Url;
            using var client = new BedrockClient(options);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(BedrockErrorCodes.NoCredentials, error.ErrorCode);
            Assert.Equal(0, server.RequestCount);
            Assert.Contains("aws sso login", error.Message);
        }
    }
}
