using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Configuration
{
    public sealed class ConfigurationTests
    {
        private const string OkConverse = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"ok\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":5}}";

        private static BedrockClientOptions Isolated(Dictionary<string, string> env)
        {
            var options = TestClients.Options(null, env);
            options.Region = null;
            options.Credentials = null;
            return options;
        }

        [Theory]
        [InlineData(false, false, "us-west-2", "https://bedrock-runtime.us-west-2.amazonaws.com/", "https://bedrock.us-west-2.amazonaws.com/")]
        [InlineData(true, false, "us-east-1", "https://bedrock-runtime-fips.us-east-1.amazonaws.com/", "https://bedrock-fips.us-east-1.amazonaws.com/")]
        [InlineData(false, true, "eu-west-1", "https://bedrock-runtime.eu-west-1.api.aws/", "https://bedrock.eu-west-1.api.aws/")]
        [InlineData(true, true, "us-east-2", "https://bedrock-runtime-fips.us-east-2.api.aws/", "https://bedrock-fips.us-east-2.api.aws/")]
        [InlineData(false, false, "cn-north-1", "https://bedrock-runtime.cn-north-1.amazonaws.com.cn/", "https://bedrock.cn-north-1.amazonaws.com.cn/")]
        public void Standard_endpoints_follow_region_fips_and_dual_stack(bool fips, bool dualStack, string region, string runtime, string control)
        {
            var options = TestClients.Options();
            options.Region = region;
            options.UseFips = fips;
            options.UseDualStack = dualStack;
            using var client = new BedrockClient(options);

            Assert.Equal(runtime, client.RuntimeEndpoint.ToString());
            Assert.Equal(control, client.ControlPlaneEndpoint.ToString());
        }

        [Fact]
        public void Service_specific_endpoint_variables_win_over_the_generic_one()
        {
            var env = new Dictionary<string, string>
            {
                ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9000",
                ["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] = "http://127.0.0.1:9001",
            };
            var options = TestClients.Options(null, env);
            using var client = new BedrockClient(options);

            Assert.Equal("http://127.0.0.1:9001/", client.RuntimeEndpoint.ToString());
            Assert.Equal("http://127.0.0.1:9000/", client.ControlPlaneEndpoint.ToString());

            env["AWS_ENDPOINT_URL_BEDROCK"] = "http://127.0.0.1:9002";
            using var second = new BedrockClient(TestClients.Options(null, env));
            Assert.Equal("http://127.0.0.1:9002/", second.ControlPlaneEndpoint.ToString());
        }

        [Fact]
        public void Explicit_endpoint_options_win_over_environment()
        {
            var env = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] = "http://127.0.0.1:9001" };
            var options = TestClients.Options(new Uri("http://127.0.0.1:7000"), env);
            options.ControlPlaneEndpointUrl = new Uri("http://127.0.0.1:7001");
            using var client = new BedrockClient(options);

            Assert.Equal("http://127.0.0.1:7000/", client.RuntimeEndpoint.ToString());
            Assert.Equal("http://127.0.0.1:7001/", client.ControlPlaneEndpoint.ToString());
        }

        [Theory]
        [InlineData("AWS_REGION", "ap-south-1")]
        [InlineData("AWS_DEFAULT_REGION", "eu-central-1")]
        public void Region_comes_from_the_environment_when_not_given(string variable, string region)
        {
            var env = new Dictionary<string, string> { [variable] = region, ["AWS_ACCESS_KEY_ID"] = "AKID", ["AWS_SECRET_ACCESS_KEY"] = "SECRET" };
            using var client = new BedrockClient(Isolated(env));
            Assert.Equal(region, client.Region);
            Assert.Equal("sigv4", client.AuthenticationScheme);
        }

        [Fact]
        public void Missing_region_is_a_clear_NoRegion_error()
        {
            using var client = new BedrockClient(Isolated(new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKID", ["AWS_SECRET_ACCESS_KEY"] = "SECRET" }));
            var error = Assert.Throws<BedrockServiceException>(() => client.Resolve());
            Assert.Equal(BedrockErrorCodes.NoRegion, error.ErrorCode);
            Assert.Contains("AWS_REGION", error.Message);
        }

        [Fact]
        public async Task Missing_credentials_is_a_clear_NoCredentials_error_before_any_request()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            var options = Isolated(new Dictionary<string, string> { ["AWS_REGION"] = "us-east-1" });
            options.EndpointUrl = server.Url;
            using var client = new BedrockClient(options);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(BedrockErrorCodes.NoCredentials, error.ErrorCode);
            Assert.Equal(0, server.RequestCount);
        }

        [Fact]
        public async Task Api_key_is_sent_as_a_bearer_token_without_sigv4_headers()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server, options =>
            {
                options.Credentials = null;
                options.ApiKey = "bedrock-api-key-SECRETVALUE";
            });

            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("Bearer bedrock-api-key-SECRETVALUE", sent!.Header("Authorization"));
            Assert.Null(sent.Header("X-Amz-Date"));
            Assert.Equal("bearer", client.AuthenticationScheme);
        }

        [Fact]
        public async Task Bearer_token_from_the_environment_is_used_when_nothing_explicit_is_set()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            var options = Isolated(new Dictionary<string, string> { ["AWS_BEARER_TOKEN_BEDROCK"] = "env-key", ["AWS_REGION"] = "us-east-1" });
            options.EndpointUrl = server.Url;
            using var client = new BedrockClient(options);

            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("Bearer env-key", sent!.Header("Authorization"));
        }

        [Theory]
        [InlineData("http://bedrock.example.com")]
        [InlineData("http://10.0.0.5:8080")]
        public void Bearer_token_is_refused_over_plain_http_to_a_non_loopback_host(string endpoint)
        {
            var options = TestClients.Options(new Uri(endpoint));
            options.Credentials = null;
            options.ApiKey = "bedrock-api-key-SECRETVALUE";
            using var client = new BedrockClient(options);

            var error = Assert.Throws<BedrockServiceException>(() => client.Resolve());

            Assert.Equal(BedrockErrorCodes.InsecureBearerEndpoint, error.ErrorCode);
            Assert.DoesNotContain("SECRETVALUE", error.Message);
            Assert.DoesNotContain("SECRETVALUE", error.ToString());
        }

        [Theory]
        [InlineData("http://127.0.0.1:9")]
        [InlineData("http://localhost:9")]
        [InlineData("http://[::1]:9")]
        [InlineData("https://bedrock.example.com")]
        public void Bearer_token_is_allowed_over_https_or_to_loopback(string endpoint)
        {
            var options = TestClients.Options(new Uri(endpoint));
            options.Credentials = null;
            options.ApiKey = "key";
            using var client = new BedrockClient(options);
            client.Resolve();
            Assert.Equal("bearer", client.AuthenticationScheme);
        }

        [Fact]
        public void Endpoint_with_an_unusable_scheme_is_rejected()
        {
            using var client = new BedrockClient(TestClients.Options(new Uri("ftp://127.0.0.1/")));
            var error = Assert.Throws<BedrockServiceException>(() => client.Resolve());
            Assert.Equal(BedrockErrorCodes.InvalidEndpoint, error.ErrorCode);
        }

        [Fact]
        public void Options_text_never_shows_secrets()
        {
            var options = TestClients.Options();
            options.ApiKey = "bedrock-api-key-SECRETVALUE";
            var clone = options.Clone();
            Assert.Equal(options.ApiKey, clone.ApiKey);
            Assert.DoesNotContain("SECRETVALUE", options.ToString());
            Assert.DoesNotContain(TestClients.SecretKey, options.ToString());
        }

        [Fact]
        public async Task Model_arn_travels_as_one_encoded_path_segment()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server);

            await client.ConverseAsync("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse", sent!.RawPath);
            Assert.Equal("application/json", sent.Header("Content-Type"));
        }

        [Fact]
        public async Task Endpoint_with_a_path_prefix_keeps_the_prefix()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server, options => options.EndpointUrl = new Uri(server.Url, "/proxy/bedrock/"));

            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("/proxy/bedrock/model/m/converse", sent!.RawPath);
        }

        [Fact]
        public async Task Failed_resolution_is_retried_on_the_next_call()
        {
            var env = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "AKID", ["AWS_SECRET_ACCESS_KEY"] = "SECRET" };
            using var client = new BedrockClient(Isolated(env));
            Assert.Throws<BedrockServiceException>(() => client.Resolve());
            env["AWS_REGION"] = "us-east-1";
            client.Resolve();
            Assert.Equal("us-east-1", client.Region);
            await Task.CompletedTask;
        }
    }
}
