using System;
using System.Collections.Generic;
using System.IO;

namespace BedrockPS.Emulator.S3
{
    /// <summary>Reads several files one after another as one stream (a multipart object assembled without holding it).</summary>
    internal sealed class ConcatenatedFileStream : Stream
    {
        private readonly Queue<string> _files;
        private FileStream? _current;

        public ConcatenatedFileStream(IEnumerable<string> files)
        {
            _files = new Queue<string>(files);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (true)
            {
                if (_current == null)
                {
                    if (_files.Count == 0)
                    {
                        return 0;
                    }
                    _current = new FileStream(_files.Dequeue(), FileMode.Open, FileAccess.Read, FileShare.Read);
                }
                int read = _current.Read(buffer, offset, count);
                if (read > 0)
                {
                    return read;
                }
                _current.Dispose();
                _current = null;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _current?.Dispose();
            }
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
