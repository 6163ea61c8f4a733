using Xunit;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Tests.Batch
{
    /// <summary>
    /// aws-chunked bodies with chunk signatures (STREAMING-AWS4-HMAC-SHA256-PAYLOAD), built here from the SigV4
    /// streaming rules without any SDK, so the emulator's chain of chunk signatures is checked on its own.
    /// </summary>
    public sealed class AwsChunkedSigningTests : BatchFixture
    {
        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

        private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

        private async Task<HttpStatusCode> PutChunkedAsync(byte[][] chunks, int tamperChunk = -1)
        {
            await S3.PutBucketAsync("chunked");
            var uri = new Uri(Emulator.S3EndpointUrl + "/chunked/signed.bin");
            string amzDate = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            string date = amzDate.Substring(0, 8);
            string scope = date + "/" + Emulator.Region + "/s3/aws4_request";
            const string Marker = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
            long decoded = chunks.Sum(c => (long)c.Length);
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["content-encoding"] = "aws-chunked",
                ["host"] = uri.Authority,
                ["x-amz-content-sha256"] = Marker,
                ["x-amz-date"] = amzDate,
                ["x-amz-decoded-content-length"] = decoded.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            string canonical = "PUT\n/chunked/signed.bin\n\n" + string.Concat(headers.Select(h => h.Key + ":" + h.Value + "\n")) + "\n"
                + string.Join(";", headers.Keys) + "\n" + Marker;
            byte[] key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + Emulator.SecretAccessKey), date), Emulator.Region), "s3"), "aws4_request");
            string seed = Hex(Hmac(key, "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))));
            string previous = seed;
            var body = new List<byte>();
            string emptyHash = Hex(SHA256.HashData(Array.Empty<byte>()));
            foreach (var (chunk, index) in chunks.Append(Array.Empty<byte>()).Select((c, i) => (c, i)))
            {
                string signature = Hex(Hmac(key, "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n" + emptyHash + "\n" + Hex(SHA256.HashData(chunk))));
                previous = signature;
                body.AddRange(Encoding.ASCII.GetBytes(chunk.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ";chunk-signature=" + signature + "\r\n"));
                byte[] sent = (byte[])chunk.Clone();
                if (index == tamperChunk)
                {
                    sent[0] ^= 1;
                }
                body.AddRange(sent);
                body.AddRange(Encoding.ASCII.GetBytes("\r\n"));
            }
            var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ByteArrayContent(body.ToArray()) };
            request.Content.Headers.TryAddWithoutValidation("Content-Encoding", "aws-chunked");
            request.Headers.TryAddWithoutValidation("x-amz-content-sha256", Marker);
            request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
            request.Headers.TryAddWithoutValidation("x-amz-decoded-content-length", decoded.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=" + Emulator.AccessKeyId + "/" + scope
                + ", SignedHeaders=" + string.Join(";", headers.Keys) + ", Signature=" + seed);
            using var http = new HttpClient();
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        [Fact]
        public async Task Signed_chunks_are_decoded_and_stored_as_the_payload()
        {
            var chunks = new[] { Enumerable.Range(0, 65536).Select(i => (byte)i).ToArray(), Encoding.UTF8.GetBytes("tail") };

            Assert.Equal(HttpStatusCode.OK, await PutChunkedAsync(chunks));

            Assert.Equal(chunks.SelectMany(c => c).ToArray(), System.Text.Encoding.Latin1.GetBytes(await GetLatin1Async()));
        }

        [Fact]
        public async Task A_chunk_changed_after_signing_is_refused()
        {
            var chunks = new[] { new byte[] { 1, 2, 3, 4 }, new byte[] { 5, 6, 7 } };

            Assert.Equal(HttpStatusCode.Forbidden, await PutChunkedAsync(chunks, tamperChunk: 1));
        }

        private async Task<string> GetLatin1Async()
        {
            using var response = await S3.GetObjectAsync("chunked", "signed.bin");
            using var copy = new System.IO.MemoryStream();
            await response.ResponseStream.CopyToAsync(copy);
            return System.Text.Encoding.Latin1.GetString(copy.ToArray());
        }
    }
}
