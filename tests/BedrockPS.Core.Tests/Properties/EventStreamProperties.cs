using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime.EventStreams;
using BedrockPS.Core.EventStreams;
using CsCheck;
using BedrockPS.Checksums;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>
    /// Generated event streams through the client's decoder. A failing case prints its CsCheck seed and the shrunk
    /// input. Every decode runs under a generous guard so a hang fails the test instead of stalling the run.
    /// </summary>
    public sealed class EventStreamProperties
    {
        private const int PreludeLength = 12;
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

        private static readonly Gen<(string EventType, byte[] Payload)> GenEvent =
            Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"], 1, 24], Gen.Byte.Array[0, 400]);

        private static readonly Gen<(string EventType, byte[] Payload)[]> GenEvents = GenEvent.Array[0, 8];

        private static readonly Gen<(string EventType, byte[] Payload)[]> GenSomeEvents = GenEvent.Array[1, 8];

        // Piece sizes a network might deliver, cycled through; 1 byte at a time included.
        private static readonly Gen<int[]> GenSplits = Gen.Int[1, 80].Array[0, 12];

        [Fact]
        public void Any_split_of_a_valid_stream_decodes_to_the_same_events()
        {
            // Property: however the bytes of a valid stream are cut into reads, the decoder yields the same
            // (event type, payload) sequence, in order, and then ends cleanly.
            Gen.Select(GenEvents, GenSplits).Sample((events, splits) =>
            {
                byte[] wire = Encode(events).SelectMany(f => f).ToArray();

                List<StreamEvent> decoded = Guarded(() => DecodeAll(new SplitStream(wire, splits)));

                Assert.Equal(events.Select(e => e.EventType), decoded.Select(d => d.EventType));
                Assert.Equal(events.Select(e => Convert.ToBase64String(e.Payload)), decoded.Select(d => Convert.ToBase64String(d.Payload)));
            }, iter: 300);
        }

        [Fact]
        public void Any_single_byte_change_is_refused_with_the_checksum_error_of_its_frame()
        {
            // Property: changing any one byte of a valid stream leaves the frames before it intact and fails at the
            // changed frame: "Prelude checksum mismatch" inside the first 12 bytes, "Message checksum mismatch" after.
            Gen.Select(GenSomeEvents, Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Sample((events, where, xor) =>
            {
                List<byte[]> frames = Encode(events);
                byte[] wire = frames.SelectMany(f => f).ToArray();
                int position = where % wire.Length;
                wire[position] ^= xor;
                (int frame, int offsetInFrame) = Locate(frames, position);

                (int read, EventStreamFormatException? error) = Guarded(() => ReadFramesUntilError(wire));

                Assert.Equal(frame, read);
                Assert.NotNull(error);
                Assert.Equal(offsetInFrame < PreludeLength ? "Prelude checksum mismatch." : "Message checksum mismatch.", error!.Message);
            }, iter: 300);
        }

        [Fact]
        public void Any_truncation_ends_cleanly_at_a_frame_boundary_and_fails_inside_a_frame()
        {
            // Property: a stream cut between frames ends cleanly with the frames before the cut; a stream cut inside
            // a frame yields the frames before it, then "ended inside a message prelude" or "ended inside a message".
            Gen.Select(GenSomeEvents, Gen.Int[0, int.MaxValue]).Sample((events, where) =>
            {
                List<byte[]> frames = Encode(events);
                byte[] wire = frames.SelectMany(f => f).ToArray();
                int cut = where % wire.Length;
                (int frame, int offsetInFrame) = Locate(frames, cut);

                (int read, EventStreamFormatException? error) = Guarded(() => ReadFramesUntilError(wire.Take(cut).ToArray()));

                Assert.Equal(frame, read);
                if (offsetInFrame == 0)
                {
                    Assert.Null(error);
                }
                else
                {
                    Assert.NotNull(error);
                    Assert.Equal(offsetInFrame < PreludeLength ? "The stream ended inside a message prelude." : "The stream ended inside a message.", error!.Message);
                }
            }, iter: 300);
        }

        [Fact]
        public void Any_oversized_or_undersized_length_is_refused_before_anything_is_allocated_for_it()
        {
            // Property: a prelude whose checksum is right but whose total length is below the 16-byte minimum, above
            // the 64 MiB ceiling, or smaller than its headers, fails with "Invalid message length" and allocates
            // well under a megabyte, whatever it claims and whatever follows it.
            var genBadLength = Gen.OneOf(
                Gen.Select(Gen.UInt[0, 15], Gen.UInt[0, 15]),
                Gen.Select(Gen.UInt[64u * 1024 * 1024 + 1, uint.MaxValue], Gen.UInt),
                Gen.UInt[16, 64u * 1024 * 1024].SelectMany(total => Gen.UInt[total - 15, uint.MaxValue].Select(headers => (total, headers))));
            Gen.Select(genBadLength, Gen.Byte.Array[0, 64]).Sample((lengths, tail) =>
            {
                byte[] wire = Prelude(lengths.Item1, lengths.Item2).Concat(tail).ToArray();
                long before = GC.GetAllocatedBytesForCurrentThread();

                // The stream completes every read synchronously, so the whole decode runs on this thread.
                var task = new EventStreamFrameReader(new MemoryStream(wire), Timeout.InfiniteTimeSpan).ReadNextAsync(CancellationToken.None);
                Assert.True(task.IsCompleted);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

                var error = Assert.IsType<EventStreamFormatException>(task.Exception?.InnerException);
                Assert.StartsWith("Invalid message length", error.Message);
                Assert.True(allocated < 1024 * 1024, "Allocated " + allocated + " bytes for a refused frame.");
            }, iter: 300);
        }

        [Fact]
        public void Random_bytes_never_crash_or_hang_the_decoder()
        {
            // Property: arbitrary bytes either decode (vanishingly rare) or fail with EventStreamFormatException;
            // nothing else escapes and the decoder always finishes.
            Gen.Select(Gen.Byte.Array[0, 600], GenSplits).Sample((bytes, splits) =>
            {
                (_, EventStreamFormatException? _) = Guarded(() => ReadFramesUntilError(bytes, splits));
            }, iter: 500);
        }

        internal static List<byte[]> Encode((string EventType, byte[] Payload)[] events)
        {
            var frames = new List<byte[]>();
            foreach (var (eventType, payload) in events)
            {
                var headers = new List<IEventStreamHeader>();
                foreach (var (name, value) in new[] { (":event-type", eventType), (":content-type", "application/json"), (":message-type", "event") })
                {
                    var header = new EventStreamHeader(name);
                    header.SetString(value);
                    headers.Add(header);
                }
                frames.Add(new EventStreamMessage(headers, payload).ToByteArray());
            }
            return frames;
        }

        private static byte[] Prelude(uint totalLength, uint headersLength)
        {
            var prelude = new byte[PreludeLength];
            WriteUInt32(prelude, 0, totalLength);
            WriteUInt32(prelude, 4, headersLength);
            WriteUInt32(prelude, 8, Crc32.Compute(prelude, 0, 8));
            return prelude;
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        /// <summary>Which frame a byte position falls in, and where inside it.</summary>
        private static (int Frame, int OffsetInFrame) Locate(List<byte[]> frames, int position)
        {
            int start = 0;
            for (int i = 0; i < frames.Count; i++)
            {
                if (position < start + frames[i].Length)
                {
                    return (i, position - start);
                }
                start += frames[i].Length;
            }
            return (frames.Count, 0);
        }

        private static async Task<List<StreamEvent>> DecodeAll(Stream body)
        {
            var events = new List<StreamEvent>();
            await foreach (var item in EventStreamReader.ReadAsync(body, Timeout.InfiniteTimeSpan, null, CancellationToken.None))
            {
                events.Add(item);
            }
            return events;
        }

        private static async Task<(int Read, EventStreamFormatException? Error)> ReadFramesUntilError(byte[] wire, int[]? splits = null)
        {
            var reader = new EventStreamFrameReader(new SplitStream(wire, splits ?? Array.Empty<int>()), Timeout.InfiniteTimeSpan);
            int read = 0;
            try
            {
                while (await reader.ReadNextAsync(CancellationToken.None) != null)
                {
                    read++;
                }
                return (read, null);
            }
            catch (EventStreamFormatException error)
            {
                return (read, error);
            }
        }

        private static T Guarded<T>(Func<Task<T>> run)
        {
            // Task.Run so a decoder stuck in a synchronous loop cannot hold the guard itself.
            return Task.Run(run).WaitAsync(HangGuard).GetAwaiter().GetResult();
        }
    }
}
