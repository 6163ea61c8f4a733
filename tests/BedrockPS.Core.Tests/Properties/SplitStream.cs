using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>A read-only stream that hands its bytes out in the given piece sizes, as a network would split them.</summary>
    public sealed class SplitStream : Stream
    {
        private readonly byte[] data;
        private readonly IReadOnlyList<int> pieces;
        private int position;
        private int piece;

        public SplitStream(byte[] data, IReadOnlyList<int> pieces)
        {
            this.data = data;
            this.pieces = pieces;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int size = pieces.Count == 0 ? count : Math.Max(1, pieces[piece++ % pieces.Count]);
            int take = Math.Min(Math.Min(count, size), data.Length - position);
            Buffer.BlockCopy(data, position, buffer, offset, take);
            position += take;
            return take;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
