using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Auth
{
    /// <summary>Auth over real HTTP: SigV4 and bearer accepted, every kind of bad request refused with the service's error.</summary>
    public sealed class AuthenticationTests : IDisposable
    {
        private const string Path = "/model/us.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse";
        private static readonly string Body = EmulatorClient.UserMessage("Hello there");
        private readonly BedrockEmulator _emulator;
        private readonly EmulatorClient _client;

        public AuthenticationTests()
        {
            var options = new EmulatorOptions();
            options.ExtraKeyPairs.Add(new EmulatorKeyPair("ASIAEMULATORSESSION1", "session-secret-key-for-tests-only-000000", "session-token-value-for-tests"));
            options.ExtraApiKeys.Add("second-api-key");
            _emulator = BedrockEmulator.Start(options);
            _client = new EmulatorClient(_emulator);
        }

        [Fact]
        public async Task SigV4_signed_request_is_accepted()
        {
            using var response = await _client.PostAsync(Path, Body);
            Assert.Equal(200, (int)response.StatusCode);
        }

        [Fact]
        public async Task Bearer_api_key_is_accepted_and_extra_keys_too()
        {
            _client.Auth = "bearer";
            using var response = await _client.PostAsync(Path, Body);
            Assert.Equal(200, (int)response.StatusCode);

            var request = _client.Build(HttpMethod.Post, Path, Body);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "second-api-key");
            using var second = await _client.SendAsync(request);
            Assert.Equal(200, (int)second.StatusCode);
        }

        [Fact]
        public async Task Unknown_bearer_key_is_UnrecognizedClientException()
        {
            _client.Auth = "none";
            var request = _client.Build(HttpMethod.Post, Path, Body);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-key");
            using var response = await _client.SendAsync(request);
            await ErrorAssert.IsAsync(response, 403, "UnrecognizedClientException");
        }

        [Fact]
        public async Task Request_without_auth_is_MissingAuthenticationTokenException()
        {
            _client.Auth = "none";
            using var response = await _client.PostAsync(Path, Body);
            Assert.Equal("Missing Authentication Token", await ErrorAssert.IsAsync(response, 403, "MissingAuthenticationTokenException"));
        }

        [Fact]
        public async Task Tampered_signature_is_InvalidSignatureException()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), _emulator.AccessKeyId, _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow);
            string original = string.Join(",", request.Headers.GetValues("Authorization"));
            request.Headers.Remove("Authorization");
            char last = original[original.Length - 1];
            request.Headers.TryAddWithoutValidation("Authorization", original.Substring(0, original.Length - 1) + (last == '0' ? '1' : '0'));

            using var response = await _client.SendAsync(request);

            string message = await ErrorAssert.IsAsync(response, 403, "InvalidSignatureException");
            Assert.Contains("The request signature we calculated does not match", message);
            Assert.DoesNotContain(_emulator.SecretAccessKey, message);
        }

        [Fact]
        public async Task Body_changed_after_signing_is_InvalidSignatureException()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(EmulatorClient.UserMessage("Something else")) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), _emulator.AccessKeyId, _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow);
            using var response = await _client.SendAsync(request);
            await ErrorAssert.IsAsync(response, 403, "InvalidSignatureException");
        }

        [Fact]
        public async Task Unknown_access_key_is_UnrecognizedClientException()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), "AKIAUNKNOWN000000000", _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow);
            using var response = await _client.SendAsync(request);
            Assert.Equal("The security token included in the request is invalid.", await ErrorAssert.IsAsync(response, 403, "UnrecognizedClientException"));
        }

        [Fact]
        public async Task Clock_skewed_by_twenty_minutes_is_refused_as_expired()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), _emulator.AccessKeyId, _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow.AddMinutes(-20));
            using var response = await _client.SendAsync(request);
            Assert.StartsWith("Signature expired", await ErrorAssert.IsAsync(response, 403, "InvalidSignatureException"));
        }

        [Fact]
        public async Task Clock_skewed_by_ten_minutes_is_still_accepted()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), _emulator.AccessKeyId, _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow.AddMinutes(10));
            using var response = await _client.SendAsync(request);
            Assert.Equal(200, (int)response.StatusCode);
        }

        [Fact]
        public async Task Wrong_region_in_scope_is_InvalidSignatureException()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(request, Encoding.UTF8.GetBytes(Body), _emulator.AccessKeyId, _emulator.SecretAccessKey, "eu-west-1", DateTime.UtcNow);
            using var response = await _client.SendAsync(request);
            Assert.Contains("region", await ErrorAssert.IsAsync(response, 403, "InvalidSignatureException"));
        }

        [Fact]
        public async Task Session_credentials_need_their_token_and_the_error_never_shows_it()
        {
            _client.Auth = "none";
            var withToken = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(withToken, Encoding.UTF8.GetBytes(Body), "ASIAEMULATORSESSION1", "session-secret-key-for-tests-only-000000", _emulator.Region, DateTime.UtcNow, "session-token-value-for-tests");
            using var accepted = await _client.SendAsync(withToken);
            Assert.Equal(200, (int)accepted.StatusCode);

            var wrongToken = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(wrongToken, Encoding.UTF8.GetBytes(Body), "ASIAEMULATORSESSION1", "session-secret-key-for-tests-only-000000", _emulator.Region, DateTime.UtcNow, "another-token");
            using var refused = await _client.SendAsync(wrongToken);
            string message = await ErrorAssert.IsAsync(refused, 403, "UnrecognizedClientException");
            Assert.DoesNotContain("token-value", message);

            var noToken = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            TestSigV4Signer.Sign(noToken, Encoding.UTF8.GetBytes(Body), "ASIAEMULATORSESSION1", "session-secret-key-for-tests-only-000000", _emulator.Region, DateTime.UtcNow);
            using var missing = await _client.SendAsync(noToken);
            await ErrorAssert.IsAsync(missing, 403, "UnrecognizedClientException");
        }

        [Fact]
        public async Task Authorization_without_its_parameters_is_IncompleteSignatureException()
        {
            _client.Auth = "none";
            var request = new HttpRequestMessage(HttpMethod.Post, _client.Url(Path)) { Content = Json(Body) };
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=" + _emulator.AccessKeyId);
            using var response = await _client.SendAsync(request);
            await ErrorAssert.IsAsync(response, 400, "IncompleteSignatureException");
        }

        [Fact]
        public async Task Control_plane_calls_are_authenticated_too()
        {
            _client.Auth = "none";
            using var refused = await _client.GetAsync("/foundation-models");
            await ErrorAssert.IsAsync(refused, 403, "MissingAuthenticationTokenException");
            _client.Auth = "sigv4";
            using var accepted = await _client.GetAsync("/foundation-models?byProvider=Anthropic");
            Assert.Equal(200, (int)accepted.StatusCode);
        }

        private static ByteArrayContent Json(string text)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        }

        public void Dispose()
        {
            _client.Dispose();
            _emulator.Dispose();
        }
    }
}
