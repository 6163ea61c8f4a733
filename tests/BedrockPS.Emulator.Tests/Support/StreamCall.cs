using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>Runs a streaming call and collects what arrived before the stream ended or broke.</summary>
    internal sealed class StreamCall
    {
        public HttpResponseMessage Response { get; private set; } = null!;
        public List<DecodedFrame> Frames { get; } = new List<DecodedFrame>();
        public Exception? Failure { get; private set; }

        public static async Task<StreamCall> RunAsync(EmulatorClient client, string path, string body, string? fault = null, TimeSpan? readLimit = null)
        {
            var call = new StreamCall();
            call.Response = await client.SendAsync(client.Build(HttpMethod.Post, path, body, fault), streamBody: true);
            if ((int)call.Response.StatusCode != 200)
            {
                return call;
            }
            using var cancellation = new CancellationTokenSource(readLimit ?? TimeSpan.FromSeconds(20));
            try
            {
                var reader = new EventStreamTestReader(await call.Response.Content.ReadAsStreamAsync());
                while (await reader.ReadAsync(cancellation.Token) is DecodedFrame frame)
                {
                    call.Frames.Add(frame);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is HttpRequestException || ex is InvalidDataException || ex is OperationCanceledException)
            {
                call.Failure = ex;
            }
            return call;
        }

        public IEnumerable<DecodedFrame> Events(string type) => Frames.Where(f => f.EventType == type);

        /// <summary>Concatenated text deltas of a ConverseStream.</summary>
        public string ConverseText => string.Concat(Events("contentBlockDelta").Select(f => f.Json["delta"]!["text"]?.GetValue<string>() ?? string.Empty));

        /// <summary>The decoded native chunk objects of an InvokeModelWithResponseStream.</summary>
        public List<JsonObject> Chunks => Events("chunk")
            .Select(f => (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(f.Json["bytes"]!.GetValue<string>())))!)
            .ToList();
    }
}
