using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BedrockPS.Bench.Floor.Memory;
using BedrockPS.Bench.Floor.Signing;

namespace BedrockPS.Bench.Floor.Commands
{
    /// <summary>
    /// The memory floor of a streamed answer: one signed ConverseStream call whose text deltas are appended to one
    /// StringBuilder and turned into one string at the end, the least any client that returns the answer as a .NET
    /// string must hold. Prints {"answerChars","peakGrowthBytes","allocatedBytes","ms"}.
    /// </summary>
    internal sealed class StreamFloorCommand
    {
        private readonly FloorArguments _arguments;

        public StreamFloorCommand(FloorArguments arguments)
        {
            _arguments = arguments;
        }

        public async Task<int> RunAsync()
        {
            Uri endpoint = new Uri(_arguments.Required("endpoint").TrimEnd('/'));
            string modelId = _arguments.Required("model");
            string prompt = _arguments.Required("prompt");
            var signer = new SigV4RequestSigner(
                Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? throw new InvalidOperationException("AWS_ACCESS_KEY_ID is not set."),
                Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? throw new InvalidOperationException("AWS_SECRET_ACCESS_KEY is not set."),
                Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
                "bedrock");
            var target = new Uri(endpoint, "/model/" + Uri.EscapeDataString(modelId) + "/converse-stream");
            using var client = new HttpClient();

            await StreamTextAsync(client, signer, target, "warm-up").ConfigureAwait(false);
            var probe = new PeakMemoryProbe();
            probe.Start();
            var clock = Stopwatch.StartNew();
            string text = await StreamTextAsync(client, signer, target, prompt).ConfigureAwait(false);
            clock.Stop();
            Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{{\"answerChars\":{0},\"peakGrowthBytes\":{1},\"peakIsExact\":{2},\"allocatedBytes\":{3},\"ms\":{4:F1}}}",
                text.Length, probe.PeakGrowthBytes, probe.PeakIsExact ? "true" : "false", probe.AllocatedBytes, clock.Elapsed.TotalMilliseconds));
            GC.KeepAlive(text);
            return 0;
        }

        private static async Task<string> StreamTextAsync(HttpClient client, SigV4RequestSigner signer, Uri target, string prompt)
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":" + JsonSerializer.Serialize(prompt) + "}]}]}");
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            signer.Sign(request, body, "application/json", DateTime.UtcNow);
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);

            var text = new StringBuilder();
            var prelude = new byte[12];
            while (await ReadExactlyAsync(stream, prelude).ConfigureAwait(false))
            {
                int total = BinaryPrimitives.ReadInt32BigEndian(prelude);
                int headersLength = BinaryPrimitives.ReadInt32BigEndian(prelude.AsSpan(4));
                var rest = new byte[total - 12];
                if (!await ReadExactlyAsync(stream, rest).ConfigureAwait(false))
                {
                    throw new IOException("The stream ended inside a frame.");
                }
                if (EventType(rest.AsSpan(0, headersLength)) != "contentBlockDelta")
                {
                    continue;
                }
                using JsonDocument payload = JsonDocument.Parse(rest.AsMemory(headersLength, rest.Length - headersLength - 4));
                if (payload.RootElement.GetProperty("delta").TryGetProperty("text", out JsonElement delta))
                {
                    text.Append(delta.GetString());
                }
            }
            return text.ToString();
        }

        /// <summary>The ":event-type" header (string headers only; the Converse stream sends no other kind).</summary>
        private static string? EventType(ReadOnlySpan<byte> headers)
        {
            int at = 0;
            while (at < headers.Length)
            {
                int nameLength = headers[at];
                string name = Encoding.ASCII.GetString(headers.Slice(at + 1, nameLength));
                at += 1 + nameLength;
                byte type = headers[at++];
                if (type != 7)
                {
                    throw new InvalidDataException("Unexpected header type " + type + ".");
                }
                int valueLength = BinaryPrimitives.ReadUInt16BigEndian(headers.Slice(at));
                string value = Encoding.UTF8.GetString(headers.Slice(at + 2, valueLength));
                at += 2 + valueLength;
                if (name == ":event-type")
                {
                    return value;
                }
            }
            return null;
        }

        private static async Task<bool> ReadExactlyAsync(Stream stream, byte[] buffer)
        {
            int read = 0;
            while (read < buffer.Length)
            {
                int got = await stream.ReadAsync(buffer.AsMemory(read)).ConfigureAwait(false);
                if (got == 0)
                {
                    if (read == 0)
                    {
                        return false;
                    }
                    throw new IOException("The stream ended inside a frame.");
                }
                read += got;
            }
            return true;
        }
    }
}
