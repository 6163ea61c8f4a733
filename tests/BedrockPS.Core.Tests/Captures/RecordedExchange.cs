using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.Captures
{
    /// <summary>One recorded real exchange of captures/bedrock-runtime-captures.jsonl.</summary>
    public sealed class RecordedExchange
    {
        public string Source { get; private set; } = "";

        public Uri RequestUri { get; private set; } = new Uri("http://invalid");

        public string RequestBody { get; private set; } = "";

        public int Status { get; private set; }

        public Dictionary<string, string> ResponseHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] ResponseBody { get; private set; } = Array.Empty<byte>();

        /// <summary>The last path segment: converse, converse-stream, invoke, count-tokens.</summary>
        public string Operation => RequestUri.AbsolutePath.Split('/').Last();

        /// <summary>The model label exactly as it went on the wire.</summary>
        public string RawPath => RequestUri.AbsolutePath;

        public static IReadOnlyList<RecordedExchange> LoadAll()
        {
            var list = new List<RecordedExchange>();
            foreach (var line in File.ReadAllLines(Fixtures.Path("pydantic-ai-captures", "bedrock-runtime-captures.jsonl")))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var request = root.GetProperty("request");
                var response = root.GetProperty("response");
                var exchange = new RecordedExchange
                {
                    Source = root.GetProperty("source").GetString()!,
                    RequestUri = new Uri(request.GetProperty("uri").GetString()!),
                    RequestBody = request.GetProperty("body_text").GetString()!,
                    Status = response.GetProperty("status").GetInt32(),
                    ResponseBody = response.TryGetProperty("body_base64", out var b64)
                        ? Convert.FromBase64String(b64.GetString()!)
                        : Encoding.UTF8.GetBytes(response.GetProperty("body_text").GetString()!),
                };
                foreach (var header in response.GetProperty("headers").EnumerateObject())
                {
                    exchange.ResponseHeaders[header.Name] = header.Value.GetString()!;
                }
                list.Add(exchange);
            }
            return list;
        }

        public override string ToString() => Source;
    }
}
