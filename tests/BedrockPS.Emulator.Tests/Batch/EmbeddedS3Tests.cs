using Xunit;
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace BedrockPS.Emulator.Tests.Batch
{
    /// <summary>The embedded S3 endpoint driven by the AWS SDK for .NET (aws-chunked bodies, trailing checksums, multipart).</summary>
    public sealed class EmbeddedS3Tests : BatchFixture
    {
        private static byte[] Bytes(int length, int seed)
        {
            var data = new byte[length];
            new Random(seed).NextBytes(data);
            return data;
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(70_000)]
        [InlineData(300_000)]
        public async Task Put_then_get_round_trips_bytes_exactly_with_the_sdk_s_default_checksums(int length)
        {
            byte[] data = Bytes(length, length);
            await S3.PutBucketAsync("bytes");

            var put = await S3.PutObjectAsync(new PutObjectRequest { BucketName = "bytes", Key = "dir/file name+1.bin", InputStream = new MemoryStream(data) });
            using var get = await S3.GetObjectAsync("bytes", "dir/file name+1.bin");
            using var copy = new MemoryStream();
            await get.ResponseStream.CopyToAsync(copy);

            Assert.Equal(data, copy.ToArray());
            Assert.Equal(put.ETag, get.ETag);
            #pragma warning disable CA5351 // an S3 ETag is the MD5 of the object
            Assert.Equal("\"" + Convert.ToHexString(MD5.HashData(data)).ToLowerInvariant() + "\"", put.ETag);
            #pragma warning restore CA5351
        }

        [Fact]
        public async Task A_large_file_goes_up_in_parts_and_comes_back_whole()
        {
            byte[] data = Bytes(11 * 1024 * 1024 + 123, 7);
            await S3.PutBucketAsync("big");
            using var transfer = new TransferUtility(S3, new TransferUtilityConfig { MinSizeBeforePartUpload = 5 * 1024 * 1024 });

            await transfer.UploadAsync(new TransferUtilityUploadRequest { BucketName = "big", Key = "input.jsonl", InputStream = new MemoryStream(data), PartSize = 5 * 1024 * 1024 });
            var head = await S3.GetObjectMetadataAsync("big", "input.jsonl");
            using var get = await S3.GetObjectAsync("big", "input.jsonl");
            using var copy = new MemoryStream();
            await get.ResponseStream.CopyToAsync(copy);

            Assert.Equal(data.Length, head.ContentLength);
            Assert.EndsWith("-3\"", head.ETag);
            Assert.Equal(data, copy.ToArray());
        }

        [Fact]
        public async Task Range_reads_return_the_slice_asked_for()
        {
            byte[] data = Bytes(1000, 3);
            await S3.PutObjectAsync(new PutObjectRequest { BucketName = "ranges", Key = "k", InputStream = new MemoryStream(data) });

            using var get = await S3.GetObjectAsync(new GetObjectRequest { BucketName = "ranges", Key = "k", ByteRange = new ByteRange(100, 199) });
            using var copy = new MemoryStream();
            await get.ResponseStream.CopyToAsync(copy);

            Assert.Equal(data.Skip(100).Take(100).ToArray(), copy.ToArray());
        }

        [Fact]
        public async Task List_objects_v2_pages_with_continuation_tokens_and_rolls_up_prefixes()
        {
            foreach (var key in new[] { "p/a.jsonl", "p/b.jsonl", "p/c.jsonl", "p/sub/d.jsonl", "q/e.jsonl" })
            {
                await PutTextAsync("listing", key, key);
            }
            var keys = new System.Collections.Generic.List<string>();
            var request = new ListObjectsV2Request { BucketName = "listing", Prefix = "p/", MaxKeys = 2 };
            int pages = 0;
            ListObjectsV2Response response;
            do
            {
                response = await S3.ListObjectsV2Async(request);
                keys.AddRange(response.S3Objects.Select(o => o.Key));
                request.ContinuationToken = response.NextContinuationToken;
                pages++;
            }
            while (response.IsTruncated == true);

            Assert.Equal(new[] { "p/a.jsonl", "p/b.jsonl", "p/c.jsonl", "p/sub/d.jsonl" }, keys);
            Assert.Equal(2, pages);
            var rolled = await S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "listing", Prefix = "p/", Delimiter = "/" });
            Assert.Equal(new[] { "p/sub/" }, rolled.CommonPrefixes);
            Assert.Equal(3, rolled.S3Objects.Count);
        }

        [Fact]
        public async Task Missing_objects_and_buckets_answer_s3_s_errors()
        {
            await S3.PutBucketAsync("exists");

            var noKey = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => S3.GetObjectAsync("exists", "nope"));
            var noBucket = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => S3.GetObjectAsync("missing-bucket", "nope"));

            Assert.Equal("NoSuchKey", noKey.ErrorCode);
            Assert.Equal(HttpStatusCode.NotFound, noKey.StatusCode);
            Assert.Equal("NoSuchBucket", noBucket.ErrorCode);
        }

        [Fact]
        public async Task A_wrong_secret_is_refused_with_signature_does_not_match()
        {
            using var wrong = new AmazonS3Client(new BasicAWSCredentials(Emulator.AccessKeyId, "not-the-secret"), new AmazonS3Config
            {
                ServiceURL = Emulator.S3EndpointUrl, ForcePathStyle = true, AuthenticationRegion = Emulator.Region, MaxErrorRetry = 0,
            });

            var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => wrong.PutObjectAsync(new PutObjectRequest { BucketName = "bbb", Key = "k", ContentBody = "x" }));

            Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
            Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        }

        [Fact]
        public async Task A_body_that_does_not_match_its_checksum_is_refused()
        {
            var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => S3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "sums", Key = "k", ContentBody = "hello", ChecksumCRC32 = "AAAAAA==",
            }));

            Assert.Equal("BadDigest", error.ErrorCode);
        }
    }
}
