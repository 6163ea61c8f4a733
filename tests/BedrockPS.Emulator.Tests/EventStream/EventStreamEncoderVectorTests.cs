using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.EventStream;
using BedrockPS.Testing;
using Xunit;

namespace BedrockPS.Emulator.Tests.EventStream
{
    /// <summary>The emulator's frame encoder against the reference Bedrock event-stream vectors, byte for byte.</summary>
    public sealed class EventStreamEncoderVectorTests
    {
        public static IEnumerable<object[]> Frames()
        {
            var files = Vectors()["files"]!.AsObject();
            foreach (var file in files)
            {
                var frames = file.Value!.AsArray();
                for (int i = 0; i < frames.Count; i++)
                {
                    if (frames[i]!["headers"]!.AsArray().All(h => h!["type"]!.GetValue<int>() == 7))
                    {
                        yield return new object[] { file.Key, i };
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(Frames))]
        public void Encoder_reproduces_the_reference_frame(string file, int index)
        {
            var frame = Vectors()["files"]![file]![index]!;
            var headers = frame["headers"]!.AsArray()
                .Select(h => new KeyValuePair<string, string>(h!["name"]!.GetValue<string>(), h["value"]!.GetValue<string>()));
            byte[] payload = Encoding.UTF8.GetBytes(frame["payload_utf8"]!.GetValue<string>());

            byte[] encoded = EventStreamEncoder.Encode(headers, payload);

            Assert.Equal(frame["hex"]!.GetValue<string>(), Convert.ToHexString(encoded).ToLowerInvariant());
        }

        [Fact]
        public void Event_helper_writes_the_service_header_order()
        {
            var frame = Vectors()["files"]!["converse-stream-text-and-tooluse.bin"]![0]!;
            byte[] encoded = EventStreamEncoder.Event("messageStart", Encoding.UTF8.GetBytes(frame["payload_utf8"]!.GetValue<string>()));
            Assert.Equal(frame["hex"]!.GetValue<string>(), Convert.ToHexString(encoded).ToLowerInvariant());
        }

        private static JsonNode Vectors() =>
            JsonNode.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "eventstream", "vectors.json")))!;
    }
}
