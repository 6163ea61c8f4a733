using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using BedrockPS.Emulator.EventStream;
using BedrockPS.Checksums;

namespace BedrockPS.Emulator.S3
{
    /// <summary>Checks the x-amz-checksum-* values a client sends (as headers or aws-chunked trailers) against the bytes received.</summary>
    internal static class S3Checksums
    {
        private const string Prefix = "x-amz-checksum-";

        /// <summary>Throws BadDigest for a value that does not match; returns the checked header names and values.</summary>
        public static List<KeyValuePair<string, string>> Verify(IEnumerable<KeyValuePair<string, string>> fields, byte[] data, int offset, int count)
        {
            var verified = new List<KeyValuePair<string, string>>();
            foreach (var field in fields)
            {
                string name = field.Key.ToLowerInvariant();
                if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name == "x-amz-checksum-type" || name == "x-amz-checksum-mode"
                    || name == "x-amz-checksum-algorithm")
                {
                    continue;
                }
                string algorithm = name.Substring(Prefix.Length);
                string expected = Compute(algorithm, data, offset, count);
                if (!string.Equals(expected, field.Value.Trim(), StringComparison.Ordinal))
                {
                    throw S3Error.BadDigest(algorithm);
                }
                verified.Add(new KeyValuePair<string, string>(name, expected));
            }
            return verified;
        }

        public static string Compute(string algorithm, byte[] data, int offset, int count)
        {
            switch (algorithm)
            {
                case "crc32":
                    return Base64BigEndian(Crc32.Compute(data, offset, count));
                case "crc32c":
                    return Base64BigEndian(Crc32C.Compute(data, offset, count));
                case "sha1":
                    #pragma warning disable CA5350 // the S3 x-amz-checksum-sha1 header is defined as SHA-1; an integrity checksum, not security
                    using (var sha1 = SHA1.Create())
                    #pragma warning restore CA5350
                    {
                        return Convert.ToBase64String(sha1.ComputeHash(data, offset, count));
                    }
                case "sha256":
                    using (var sha256 = SHA256.Create())
                    {
                        return Convert.ToBase64String(sha256.ComputeHash(data, offset, count));
                    }
                default:
                    throw S3Error.NotImplemented("The emulator does not compute the " + algorithm + " checksum; use CRC32, CRC32C, SHA1 or SHA256.");
            }
        }

        private static string Base64BigEndian(uint value) =>
            Convert.ToBase64String(new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value });
    }
}
