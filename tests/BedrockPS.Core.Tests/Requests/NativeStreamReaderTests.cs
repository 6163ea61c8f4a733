using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Core.Tests.Requests
{
    /// <summary>A native stream read from the emulator over real HTTP: parts in order, text found, token counts kept.</summary>
    public sealed class NativeStreamReaderTests : IDisposable
    {
        private readonly BedrockEmulator emulator = BedrockEmulator.Start(new EmulatorOptions());

        [Fact]
        public async Task Parts_come_in_order_with_their_text_and_the_stream_token_counts()
        {
            using var client = new BedrockClient(new BedrockClientOptions
            {
                Region = emulator.Region,
                EndpointUrl = new Uri(emulator.EndpointUrl),
                Credentials = new BasicAWSCredentials(emulator.AccessKeyId, emulator.SecretAccessKey),
                EnvironmentReader = _ => null,
                IgnoreSharedConfig = true,
            });
            var request = InvokeModelRequestBuilder.Build(new InvokeModelCallRequest
            {
                ModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0",
                BodyText = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":50,\"messages\":[{\"role\":\"user\",\"content\":\"native hello\"}]}",
            });
            var reader = new NativeStreamReader(client);

            var parts = new List<NativeStreamPart>();
            await foreach (NativeStreamPart part in reader.ReadAsync(request, CancellationToken.None)) parts.Add(part);

            Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.Index));
            Assert.All(parts, p => Assert.True(p.Json.HasValue, p.Raw));
            Assert.Equal("Echo: native hello", string.Concat(parts.Select(p => p.Text)));
            Assert.Equal(2, reader.InputTokens);
            Assert.Equal(3, reader.OutputTokens);
        }

        public void Dispose() => emulator.Dispose();
    }
}
