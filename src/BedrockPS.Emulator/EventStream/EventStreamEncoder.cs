using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BedrockPS.Checksums;

namespace BedrockPS.Emulator.EventStream
{
    /// <summary>
    /// Encodes application/vnd.amazon.eventstream messages: prelude (total length, headers length, CRC),
    /// string headers, payload, message CRC. Bedrock only needs string headers (type 7).
    /// </summary>
    internal static class EventStreamEncoder
    {
        public static byte[] Event(string eventType, byte[] payload) => Encode(new[]
        {
            new KeyValuePair<string, string>(":event-type", eventType),
            new KeyValuePair<string, string>(":content-type", "application/json"),
            new KeyValuePair<string, string>(":message-type", "event"),
        }, payload);

        public static byte[] Exception(string exceptionType, byte[] payload) => Encode(new[]
        {
            new KeyValuePair<string, string>(":exception-type", exceptionType),
            new KeyValuePair<string, string>(":content-type", "application/json"),
            new KeyValuePair<string, string>(":message-type", "exception"),
        }, payload);

        public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> headers, byte[] payload)
        {
            var headerBytes = new MemoryStream();
            foreach (var header in headers)
            {
                byte[] name = Encoding.UTF8.GetBytes(header.Key);
                byte[] value = Encoding.UTF8.GetBytes(header.Value);
                headerBytes.WriteByte((byte)name.Length);
                headerBytes.Write(name, 0, name.Length);
                headerBytes.WriteByte(7);
                headerBytes.WriteByte((byte)(value.Length >> 8));
                headerBytes.WriteByte((byte)value.Length);
                headerBytes.Write(value, 0, value.Length);
            }
            int headersLength = (int)headerBytes.Length;
            int total = 12 + headersLength + payload.Length + 4;
            var message = new byte[total];
            WriteUInt32(message, 0, (uint)total);
            WriteUInt32(message, 4, (uint)headersLength);
            WriteUInt32(message, 8, Crc32.Compute(message, 0, 8));
            Buffer.BlockCopy(headerBytes.ToArray(), 0, message, 12, headersLength);
            Buffer.BlockCopy(payload, 0, message, 12 + headersLength, payload.Length);
            WriteUInt32(message, total - 4, Crc32.Compute(message, 0, total - 4));
            return message;
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }
    }
}
