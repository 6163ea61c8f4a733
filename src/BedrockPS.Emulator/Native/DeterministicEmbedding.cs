using System;
using System.Security.Cryptography;
using System.Text;

namespace BedrockPS.Emulator.Native
{
    /// <summary>
    /// An embedding that depends only on the text: a xorshift generator seeded with the SHA-256 of the text gives values
    /// in [-1, 1], scaled to unit length when normalized. Same text, same vector.
    /// </summary>
    internal static class DeterministicEmbedding
    {
        public static double[] Create(string text, int dimensions, bool normalize)
        {
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            }
            ulong state = BitConverter.ToUInt64(hash, 0) | 1UL;
            var vector = new double[dimensions];
            double sumOfSquares = 0;
            for (int i = 0; i < dimensions; i++)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                double value = (state >> 11) * (1.0 / (1UL << 53)) * 2.0 - 1.0;
                vector[i] = value;
                sumOfSquares += value * value;
            }
            if (normalize && sumOfSquares > 0)
            {
                double length = Math.Sqrt(sumOfSquares);
                for (int i = 0; i < dimensions; i++)
                {
                    vector[i] /= length;
                }
            }
            return vector;
        }
    }
}
