using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Properties
{
    /// <summary>Reads back fixed bytes as a connection would deliver them; what the server writes (100 Continue) is dropped.</summary>
    internal sealed class ReplayStream : MemoryStream
    {
        public ReplayStream(byte[] bytes)
            : base(bytes, writable: false)
        {
        }

        public override bool CanWrite => true;

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
