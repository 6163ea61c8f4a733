using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.EventStreams;
using BedrockPS.Core.EventStreams;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.EventStreams
{
    /// <summary>The aws-sdk-go event-stream vectors and the Bedrock frames, through the client's frame reader.</summary>
    public sealed class EventStreamVectorTests
    {
        public static IEnumerable<object[]> Positive() => Names("positive");

        public static IEnumerable<object[]> Negative() => Names("negative");

        public static IEnumerable<object[]> BedrockFiles() =>
            Directory.GetFiles(Fixtures.Path("bedrock-vectors", "eventstream"), "*.bin").Select(f => new object[] { Path.GetFileName(f) }).OrderBy(x => (string)x[0]);

        [Theory]
        [MemberData(nameof(Positive))]
        public async Task Positive_vector_decodes_to_its_headers_and_payload(string name)
        {
            var encoded = File.ReadAllBytes(Fixtures.Path("aws-sdk-go-eventstream", "encoded", "positive", name));
            using var expected = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("aws-sdk-go-eventstream", "decoded", "positive", name)));
            var reader = new EventStreamFrameReader(new MemoryStream(encoded), Timeout.InfiniteTimeSpan);

            var message = await reader.ReadNextAsync(CancellationToken.None);

            Assert.NotNull(message);
            Assert.Equal(expected.RootElement.GetProperty("total_length").GetInt32(), encoded.Length);
            var expectedPayload = expected.RootElement.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.String
                ? Convert.FromBase64String(payload.GetString()!)
                : Array.Empty<byte>();
            Assert.Equal(expectedPayload, message!.Payload ?? Array.Empty<byte>());
            var expectedHeaders = expected.RootElement.TryGetProperty("headers", out var headers) ? headers.EnumerateArray().ToList() : new List<JsonElement>();
            Assert.Equal(expectedHeaders.Count, message.Headers.Count);
            foreach (var header in expectedHeaders)
            {
                var actual = message.Headers[header.GetProperty("name").GetString()!];
                AssertHeaderValue(header, actual);
            }
            Assert.Null(await reader.ReadNextAsync(CancellationToken.None));
        }

        [Theory]
        [MemberData(nameof(Negative))]
        public async Task Negative_vector_is_rejected_with_its_checksum_error(string name)
        {
            var encoded = File.ReadAllBytes(Fixtures.Path("aws-sdk-go-eventstream", "encoded", "negative", name));
            var expectedText = File.ReadAllText(Fixtures.Path("aws-sdk-go-eventstream", "decoded", "negative", name)).Trim();
            var reader = new EventStreamFrameReader(new MemoryStream(encoded), Timeout.InfiniteTimeSpan);

            var error = await Assert.ThrowsAsync<EventStreamFormatException>(() => reader.ReadNextAsync(CancellationToken.None));

            Assert.StartsWith(expectedText, error.Message);
        }

        [Theory]
        [MemberData(nameof(BedrockFiles))]
        public async Task Bedrock_frames_decode_to_the_recorded_headers_and_payloads(string file)
        {
            var bytes = File.ReadAllBytes(Fixtures.Path("bedrock-vectors", "eventstream", file));
            using var vectors = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "eventstream", "vectors.json")));
            var expectedFrames = vectors.RootElement.GetProperty("files").GetProperty(file).EnumerateArray().ToList();
            var reader = new EventStreamFrameReader(new MemoryStream(bytes), Timeout.InfiniteTimeSpan);

            foreach (var expected in expectedFrames)
            {
                var message = await reader.ReadNextAsync(CancellationToken.None);
                Assert.NotNull(message);
                Assert.Equal(expected.GetProperty("payload_utf8").GetString(), Encoding.UTF8.GetString(message!.Payload ?? Array.Empty<byte>()));
                foreach (var header in expected.GetProperty("headers").EnumerateArray())
                {
                    Assert.Equal(header.GetProperty("value").GetString(), message.Headers[header.GetProperty("name").GetString()!].AsString());
                }
            }
            Assert.Null(await reader.ReadNextAsync(CancellationToken.None));
        }

        [Fact]
        public async Task Frame_split_across_many_small_reads_still_decodes()
        {
            var bytes = File.ReadAllBytes(Fixtures.Path("bedrock-vectors", "eventstream", "converse-stream-text-and-tooluse.bin"));
            var reader = new EventStreamFrameReader(new TrickleStream(bytes, 3), Timeout.InfiniteTimeSpan);
            int count = 0;
            while (await reader.ReadNextAsync(CancellationToken.None) != null)
            {
                count++;
            }
            Assert.Equal(10, count);
        }

        [Fact]
        public async Task Truncated_frame_is_rejected()
        {
            var bytes = File.ReadAllBytes(Fixtures.Path("bedrock-vectors", "eventstream", "invoke-stream-chunk.bin"));
            var reader = new EventStreamFrameReader(new MemoryStream(bytes, 0, bytes.Length - 5), Timeout.InfiniteTimeSpan);
            await Assert.ThrowsAsync<EventStreamFormatException>(() => reader.ReadNextAsync(CancellationToken.None));
        }

        private static IEnumerable<object[]> Names(string kind) =>
            Directory.GetFiles(Fixtures.Path("aws-sdk-go-eventstream", "encoded", kind)).Select(f => new object[] { Path.GetFileName(f) }).OrderBy(x => (string)x[0]);

        private static void AssertHeaderValue(JsonElement expected, IEventStreamHeader actual)
        {
            int type = expected.GetProperty("type").GetInt32();
            Assert.Equal(type, (int)actual.HeaderType);
            var value = expected.GetProperty("value");
            switch (type)
            {
                case 0:
                case 1:
                    Assert.Equal(value.GetBoolean(), actual.AsBool());
                    break;
                case 2:
                    Assert.Equal(value.GetInt32(), actual.AsSByte());
                    break;
                case 3:
                    Assert.Equal(value.GetInt32(), actual.AsInt16());
                    break;
                case 4:
                    Assert.Equal(value.GetInt32(), actual.AsInt32());
                    break;
                case 5:
                    Assert.Equal(value.GetInt64(), actual.AsInt64());
                    break;
                case 6:
                    Assert.Equal(Convert.FromBase64String(value.GetString()!), actual.AsByteBuf());
                    break;
                case 7:
                    Assert.Equal(Encoding.UTF8.GetString(Convert.FromBase64String(value.GetString()!)), actual.AsString());
                    break;
                case 8:
                    Assert.Equal(value.GetInt64(), new DateTimeOffset(DateTime.SpecifyKind(actual.AsTimestamp(), DateTimeKind.Utc)).ToUnixTimeMilliseconds());
                    break;
                case 9:
                    // AWSSDK.Core builds the Guid straight from the 16 wire bytes, so ToByteArray gives them back.
                    Assert.Equal(Convert.FromBase64String(value.GetString()!), actual.AsUUID().ToByteArray());
                    break;
            }
        }
    }
}
