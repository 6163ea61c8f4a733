using System;
using System.IO;

namespace BedrockPS.Core.Tests.EventStreams
{
    /// <summary>A read-only stream that hands out at most a few bytes per read, like a slow network.</summary>
    public sealed class TrickleStream : MemoryStream
    {
        private readonly int maxPerRead;

        public TrickleStream(byte[] data, int maxPerRead)
            : base(data)
        {
            this.maxPerRead = maxPerRead;
        }

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, maxPerRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer.Slice(0, Math.Min(buffer.Length, maxPerRead)));
    }
}
