using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>
    /// Reads event-stream frames from a response body and checks both CRCs of each with a bit-by-bit CRC-32
    /// (not the emulator's table-driven one), so an encoding mistake in the emulator shows up here.
    /// </summary>
    internal sealed class EventStreamTestReader
    {
        private readonly Stream _body;

        public EventStreamTestReader(Stream body)
        {
            _body = body;
        }

        /// <summary>The next frame, or null at a clean end of the body. Throws InvalidDataException on a CRC mismatch or a cut frame.</summary>
        public async Task<DecodedFrame?> ReadAsync(CancellationToken cancellation = default)
        {
            byte[] prelude = new byte[12];
            int got = await FillAsync(prelude, 0, 12, cancellation);
            if (got == 0)
            {
                return null;
            }
            if (got < 12)
            {
                throw new InvalidDataException("Truncated frame: the body ended inside a prelude.");
            }
            uint total = BigEndian(prelude, 0);
            uint headersLength = BigEndian(prelude, 4);
            if (Crc(prelude, 0, 8) != BigEndian(prelude, 8))
            {
                throw new InvalidDataException("Prelude checksum mismatch");
            }
            byte[] message = new byte[total];
            Buffer.BlockCopy(prelude, 0, message, 0, 12);
            if (await FillAsync(message, 12, (int)total - 12, cancellation) < total - 12)
            {
                throw new InvalidDataException("Truncated frame: the body ended inside a message.");
            }
            if (Crc(message, 0, (int)total - 4) != BigEndian(message, (int)total - 4))
            {
                throw new InvalidDataException("Message checksum mismatch");
            }
            var headers = new Dictionary<string, string>();
            int at = 12;
            while (at < 12 + headersLength)
            {
                int nameLength = message[at++];
                string name = Encoding.UTF8.GetString(message, at, nameLength);
                at += nameLength;
                byte type = message[at++];
                if (type != 7)
                {
                    throw new InvalidDataException("Unexpected header type " + type);
                }
                int valueLength = (message[at] << 8) | message[at + 1];
                at += 2;
                headers[name] = Encoding.UTF8.GetString(message, at, valueLength);
                at += valueLength;
            }
            byte[] payload = new byte[total - headersLength - 16];
            Buffer.BlockCopy(message, 12 + (int)headersLength, payload, 0, payload.Length);
            return new DecodedFrame(headers, payload);
        }

        public async Task<List<DecodedFrame>> ReadAllAsync(CancellationToken cancellation = default)
        {
            var frames = new List<DecodedFrame>();
            while (await ReadAsync(cancellation) is DecodedFrame frame)
            {
                frames.Add(frame);
            }
            return frames;
        }

        private async Task<int> FillAsync(byte[] buffer, int offset, int count, CancellationToken cancellation)
        {
            int total = 0;
            while (total < count)
            {
                int read = await _body.ReadAsync(buffer.AsMemory(offset + total, count - total), cancellation);
                if (read == 0)
                {
                    break;
                }
                total += read;
            }
            return total;
        }

        private static uint Crc(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }
            return ~crc;
        }

        private static uint BigEndian(byte[] data, int offset) =>
            (uint)(data[offset] << 24 | data[offset + 1] << 16 | data[offset + 2] << 8 | data[offset + 3]);
    }
}
