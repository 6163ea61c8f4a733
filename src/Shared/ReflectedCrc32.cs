namespace BedrockPS.Checksums
{
    /// <summary>
    /// A table-driven reflected CRC-32 for one polynomial (initial value and final XOR all ones): the shape shared by
    /// CRC-32 (IEEE) and CRC-32C (Castagnoli). One source file, compiled into Core and into the emulator.
    /// </summary>
    internal sealed class ReflectedCrc32
    {
        private readonly uint[] table = new uint[256];

        /// <param name="reflectedPolynomial">The polynomial in reflected form (0xEDB88320 for IEEE, 0x82F63B78 for Castagnoli).</param>
        public ReflectedCrc32(uint reflectedPolynomial)
        {
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? reflectedPolynomial ^ (c >> 1) : c >> 1;
                }
                table[n] = c;
            }
        }

        public uint Compute(byte[] buffer, int offset, int count)
        {
            uint crc = 0xFFFFFFFFu;
            for (int i = offset; i < offset + count; i++)
            {
                crc = table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
            }
            return crc ^ 0xFFFFFFFFu;
        }
    }
}
