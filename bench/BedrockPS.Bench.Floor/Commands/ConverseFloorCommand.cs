using System;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BedrockPS.Bench.Floor.Signing;

namespace BedrockPS.Bench.Floor.Commands
{
    /// <summary>
    /// Sends the benchmark prompts one at a time as SigV4-signed Converse requests from one bare HttpClient, reading
    /// and parsing each answer: the least work any client must do for the same calls. Prints one JSON line.
    /// </summary>
    internal sealed class ConverseFloorCommand
    {
        private readonly FloorArguments _arguments;

        public ConverseFloorCommand(FloorArguments arguments)
        {
            _arguments = arguments;
        }

        public async Task<int> RunAsync()
        {
            Uri endpoint = new Uri(_arguments.Required("endpoint").TrimEnd('/'));
            string modelId = _arguments.Required("model");
            int count = _arguments.Number("count", 1000);
            int warmup = _arguments.Number("warmup", 50);
            int batches = _arguments.Number("batches", 1);
            var signer = new SigV4RequestSigner(
                Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? throw new InvalidOperationException("AWS_ACCESS_KEY_ID is not set."),
                Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? throw new InvalidOperationException("AWS_SECRET_ACCESS_KEY is not set."),
                Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
                "bedrock");
            var target = new Uri(endpoint, "/model/" + Uri.EscapeDataString(modelId) + "/converse");

            using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AutomaticDecompression = DecompressionMethods.None });
            for (int i = 0; i < warmup; i++)
            {
                await SendAsync(client, signer, target, BenchPrompts.Warmup(i)).ConfigureAwait(false);
            }

            int failed = 0;
            var batchMs = new System.Collections.Generic.List<string>();
            var cpuMs = new System.Collections.Generic.List<string>();
            using var self = Process.GetCurrentProcess();
            for (int batch = 0; batch < batches; batch++)
            {
                self.Refresh();
                TimeSpan cpuBefore = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                for (int i = 0; i < count; i++)
                {
                    if (!await SendAsync(client, signer, target, BenchPrompts.Numbered(i)).ConfigureAwait(false))
                    {
                        failed++;
                    }
                }
                batchMs.Add(clock.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
                self.Refresh();
                cpuMs.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
            }
            Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{{\"requests\":{0},\"failed\":{1},\"batchMs\":[{2}],\"cpuMs\":[{3}]}}", count, failed, string.Join(",", batchMs), string.Join(",", cpuMs)));
            return failed == 0 ? 0 : 1;
        }

        /// <summary>One signed Converse call; true when the answer is 200 with an assistant text that echoes the prompt.</summary>
        private static async Task<bool> SendAsync(HttpClient client, SigV4RequestSigner signer, Uri target, string prompt)
        {
            byte[] body = RequestBody(prompt);
            using var request = new HttpRequestMessage(HttpMethod.Post, target);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            signer.Sign(request, body, "application/json", DateTime.UtcNow);
            using HttpResponseMessage response = await client.SendAsync(request).ConfigureAwait(false);
            byte[] answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.Error.WriteLine("HTTP " + (int)response.StatusCode + ": " + Encoding.UTF8.GetString(answer));
                return false;
            }
            using JsonDocument document = JsonDocument.Parse(answer);
            string? text = document.RootElement.GetProperty("output").GetProperty("message").GetProperty("content")[0].GetProperty("text").GetString();
            return text != null && text.EndsWith(prompt, StringComparison.Ordinal);
        }

        private static byte[] RequestBody(string prompt)
        {
            var buffer = new System.IO.MemoryStream(128);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("messages");
                writer.WriteStartObject();
                writer.WriteString("role", "user");
                writer.WriteStartArray("content");
                writer.WriteStartObject();
                writer.WriteString("text", prompt);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }
    }
}
