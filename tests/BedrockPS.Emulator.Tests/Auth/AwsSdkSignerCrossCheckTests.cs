using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Auth
{
    /// <summary>Requests signed by AWSSDK.Core's own SigV4 signer pass the emulator's verifier, over real HTTP.</summary>
    public sealed class AwsSdkSignerCrossCheckTests : IDisposable
    {
        private readonly BedrockEmulator _emulator;
        private readonly HttpClient _http = new HttpClient();

        public AwsSdkSignerCrossCheckTests()
        {
            var options = new EmulatorOptions();
            options.ExtraKeyPairs.Add(new EmulatorKeyPair("ASIAEMULATORSESSION2", "another-session-secret-for-tests-000000", "sdk-session-token"));
            _emulator = BedrockEmulator.Start(options);
        }

        [Theory]
        [InlineData("amazon.nova-micro-v1:0")]
        [InlineData("us.anthropic.claude-haiku-4-5-20251001-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0")]
        public async Task Converse_signed_by_the_aws_sdk_signer_is_accepted(string modelId)
        {
            using var response = await SendSignedAsync(EmulatorClient.ModelPath(modelId, "converse"), EmulatorClient.UserMessage("signed by the SDK"),
                new BasicAWSCredentials(_emulator.AccessKeyId, _emulator.SecretAccessKey));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Contains("Echo: signed by the SDK", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Session_credentials_signed_by_the_aws_sdk_signer_are_accepted()
        {
            using var response = await SendSignedAsync(EmulatorClient.ModelPath("amazon.nova-micro-v1:0", "converse"), EmulatorClient.UserMessage("session"),
                new SessionAWSCredentials("ASIAEMULATORSESSION2", "another-session-secret-for-tests-000000", "sdk-session-token"));
            Assert.Equal(200, (int)response.StatusCode);
        }

        [Fact]
        public async Task Control_plane_query_signed_by_the_aws_sdk_signer_is_accepted()
        {
            using var response = await SendSignedAsync("/foundation-models?byProvider=Mistral%20AI&byOutputModality=TEXT", null,
                new BasicAWSCredentials(_emulator.AccessKeyId, _emulator.SecretAccessKey));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Contains("mistral.mistral-large-2402-v1:0", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Aws_sdk_signature_with_another_secret_is_refused()
        {
            using var response = await SendSignedAsync(EmulatorClient.ModelPath("amazon.nova-micro-v1:0", "converse"), EmulatorClient.UserMessage("x"),
                new BasicAWSCredentials(_emulator.AccessKeyId, "not-the-secret-key"));
            await ErrorAssert.IsAsync(response, 403, "InvalidSignatureException");
        }

        private async Task<HttpResponseMessage> SendSignedAsync(string pathAndQuery, string? json, AWSCredentials credentials)
        {
            var uri = new Uri(_emulator.EndpointUrl + pathAndQuery);
            byte[] body = json == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(json);
            var signing = new AWSSigningRequest { HttpMethod = json == null ? HttpMethod.Get : HttpMethod.Post, RequestUri = uri, Content = body };
            if (json != null)
            {
                signing.Headers["Content-Type"] = "application/json";
            }
            var signed = AWSSigV4Signer.Sign(signing, new AWSSigV4Parameters
            {
                Credentials = credentials,
                Region = RegionEndpoint.USEast1,
                Service = "bedrock",
                SignPayload = true,
            });

            var request = new HttpRequestMessage(signing.HttpMethod, uri);
            if (json != null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
            foreach (var header in signed.Headers)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) || string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return await _http.SendAsync(request);
        }

        public void Dispose()
        {
            _http.Dispose();
            _emulator.Dispose();
        }
    }
}
