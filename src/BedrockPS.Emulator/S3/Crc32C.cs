using BedrockPS.Checksums;

namespace BedrockPS.Emulator.S3
{
    /// <summary>CRC-32C (Castagnoli, reflected 0x82F63B78), one of S3's flexible checksums.</summary>
    internal static class Crc32C
    {
        private static readonly ReflectedCrc32 Castagnoli = new ReflectedCrc32(0x82F63B78u);

        public static uint Compute(byte[] data, int offset, int count) => Castagnoli.Compute(data, offset, count);
    }
}
