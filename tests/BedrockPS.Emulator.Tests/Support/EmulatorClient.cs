using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>A raw HttpClient over the emulator, authenticating with SigV4 (the test signer) or a bearer API key.</summary>
    internal sealed class EmulatorClient : IDisposable
    {
        private readonly BedrockEmulator _emulator;
        private readonly HttpClient _http;

        public EmulatorClient(BedrockEmulator emulator, int maxConnections = 16)
        {
            _emulator = emulator;
            _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
            {
                BaseAddress = new Uri(emulator.EndpointUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
        }

        /// <summary>"sigv4" (default key pair), "bearer" (default API key) or "none".</summary>
        public string Auth { get; set; } = "sigv4";

        public HttpRequestMessage Build(HttpMethod method, string path, string? json = null, string? fault = null)
        {
            byte[] body = json == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(json);
            var request = new HttpRequestMessage(method, Url(path));
            if (json != null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
            if (fault != null)
            {
                request.Headers.TryAddWithoutValidation("x-bedrockps-emulator-fault", fault);
            }
            if (Auth == "sigv4")
            {
                TestSigV4Signer.Sign(request, body, _emulator.AccessKeyId, _emulator.SecretAccessKey, _emulator.Region, DateTime.UtcNow);
            }
            else if (Auth == "bearer")
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.ApiKey);
            }
            return request;
        }

        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool streamBody = false, CancellationToken cancellation = default) =>
            _http.SendAsync(request, streamBody ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellation);

        public Task<HttpResponseMessage> PostAsync(string path, string json, string? fault = null) =>
            SendAsync(Build(HttpMethod.Post, path, json, fault));

        public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(Build(HttpMethod.Get, path));

        public async Task<JsonObject> PostJsonAsync(string path, string json)
        {
            using var response = await PostAsync(path, json);
            string text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode + ": " + text);
            }
            return (JsonObject)JsonNode.Parse(text)!;
        }

        public async Task<JsonObject> GetJsonAsync(string path)
        {
            using var response = await GetAsync(path);
            string text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("HTTP " + (int)response.StatusCode + ": " + text);
            }
            return (JsonObject)JsonNode.Parse(text)!;
        }

        public Uri Url(string pathAndQuery) => new Uri(_emulator.EndpointUrl + pathAndQuery);

        /// <summary>The model path with the id percent-encoded as one segment, as SDKs send it.</summary>
        public static string ModelPath(string modelId, string operation) => "/model/" + Uri.EscapeDataString(modelId) + "/" + operation;

        public static string UserMessage(string text, string extra = "") =>
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":" + JsonValue.Create(text)!.ToJsonString() + "}]}]" + extra + "}";

        public void Dispose() => _http.Dispose();
    }
}
