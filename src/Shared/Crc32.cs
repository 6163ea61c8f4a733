namespace BedrockPS.Checksums
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, as zlib): the checksum of event-stream preludes and messages and of S3 bodies. One source file,
    /// compiled into Core and into the emulator (which does not reference Core, so each still checks the other's frames).
    /// </summary>
    internal static class Crc32
    {
        private static readonly ReflectedCrc32 Ieee = new ReflectedCrc32(0xEDB88320u);

        public static uint Compute(byte[] buffer, int offset, int count) => Ieee.Compute(buffer, offset, count);
    }
}
