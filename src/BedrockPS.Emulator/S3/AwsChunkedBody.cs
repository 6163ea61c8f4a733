using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BedrockPS.Emulator.Auth;

namespace BedrockPS.Emulator.S3
{
    /// <summary>
    /// Decodes an aws-chunked request body ("size[;chunk-signature=sig]\r\ndata\r\n"... then trailers), checking each
    /// chunk signature against the chain that starts at the request's seed signature, and the trailer signature.
    /// </summary>
    internal static class AwsChunkedBody
    {
        private static readonly string EmptyHash = SigV4Canonicalizer.Sha256Hex(Array.Empty<byte>());

        public static byte[] Decode(byte[] body, SigV4Signature signature, out List<KeyValuePair<string, string>> trailers)
        {
            bool signedChunks = signature.PayloadHash.StartsWith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD", StringComparison.Ordinal);
            string previous = signature.SeedSignature;
            trailers = new List<KeyValuePair<string, string>>();
            var output = new MemoryStream(body.Length);
            int position = 0;
            while (true)
            {
                string header = ReadLine(body, ref position) ?? throw Malformed();
                string sizeText = header;
                string? chunkSignature = null;
                int semicolon = header.IndexOf(';');
                if (semicolon >= 0)
                {
                    sizeText = header.Substring(0, semicolon);
                    const string Marker = "chunk-signature=";
                    string extension = header.Substring(semicolon + 1);
                    if (extension.StartsWith(Marker, StringComparison.Ordinal))
                    {
                        chunkSignature = extension.Substring(Marker.Length);
                    }
                }
                if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size < 0 || position + size > body.Length)
                {
                    throw Malformed();
                }
                if (signedChunks)
                {
                    string stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + signature.AmzDate + "\n" + signature.CredentialScope + "\n" + previous + "\n"
                        + EmptyHash + "\n" + Sha256Hex(body, position, size);
                    string expected = SigV4Canonicalizer.Hex(SigV4Canonicalizer.HmacSha256(signature.SigningKey, stringToSign));
                    if (chunkSignature == null || !SigV4Verifier.FixedTimeEquals(expected, chunkSignature))
                    {
                        throw S3Error.SignatureDoesNotMatch("The request signature we calculated does not match the signature you provided (chunk at byte " + output.Length + ").");
                    }
                    previous = expected;
                }
                output.Write(body, position, size);
                position += size;
                if (size == 0)
                {
                    break;
                }
                if (ReadLine(body, ref position) != string.Empty)
                {
                    throw Malformed();
                }
            }
            string? trailerSignature = null;
            var canonicalTrailers = new StringBuilder();
            string? line;
            while ((line = ReadLine(body, ref position)) != null && line.Length > 0)
            {
                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw Malformed();
                }
                string name = line.Substring(0, colon).Trim().ToLowerInvariant();
                string value = line.Substring(colon + 1).Trim();
                if (name == "x-amz-trailer-signature")
                {
                    trailerSignature = value;
                    continue;
                }
                trailers.Add(new KeyValuePair<string, string>(name, value));
                canonicalTrailers.Append(name).Append(':').Append(value).Append('\n');
            }
            if (signedChunks && signature.PayloadHash.EndsWith("-TRAILER", StringComparison.Ordinal))
            {
                string stringToSign = "AWS4-HMAC-SHA256-TRAILER\n" + signature.AmzDate + "\n" + signature.CredentialScope + "\n" + previous + "\n"
                    + SigV4Canonicalizer.Sha256Hex(Encoding.UTF8.GetBytes(canonicalTrailers.ToString()));
                string expected = SigV4Canonicalizer.Hex(SigV4Canonicalizer.HmacSha256(signature.SigningKey, stringToSign));
                if (trailerSignature == null || !SigV4Verifier.FixedTimeEquals(expected, trailerSignature))
                {
                    throw S3Error.SignatureDoesNotMatch("The trailer signature we calculated does not match the signature you provided.");
                }
            }
            return output.ToArray();
        }

        private static string Sha256Hex(byte[] data, int offset, int count)
        {
            using var sha = System.Security.Cryptography.SHA256.Create();
            return SigV4Canonicalizer.Hex(sha.ComputeHash(data, offset, count));
        }

        private static string? ReadLine(byte[] body, ref int position)
        {
            if (position >= body.Length)
            {
                return null;
            }
            for (int i = position; i + 1 < body.Length; i++)
            {
                if (body[i] == '\r' && body[i + 1] == '\n')
                {
                    string line = Encoding.ASCII.GetString(body, position, i - position);
                    position = i + 2;
                    return line;
                }
            }
            throw Malformed();
        }

        private static Operations.ServiceError Malformed() =>
            S3Error.InvalidRequest("The aws-chunked body is malformed.");
    }
}
