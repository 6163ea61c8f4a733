using System.Collections.Generic;

namespace BedrockPS.Emulator.S3
{
    /// <summary>A request payload after aws-chunked decoding, with the checksums that were sent and verified.</summary>
    internal sealed class S3Content
    {
        public S3Content(byte[] data, List<KeyValuePair<string, string>> checksums)
        {
            Data = data;
            Checksums = checksums;
        }

        public byte[] Data { get; }
        public List<KeyValuePair<string, string>> Checksums { get; }
    }
}
