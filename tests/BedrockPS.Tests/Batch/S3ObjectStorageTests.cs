using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using BedrockPS.Core;
using BedrockPS.Core.Storage;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Batch
{
    /// <summary>Core's S3 side (AWSSDK.S3) against the emulator's embedded S3 endpoint.</summary>
    public sealed class S3ObjectStorageTests : IDisposable
    {
        private readonly BedrockEmulator emulator = BedrockEmulator.Start(new EmulatorOptions());
        private readonly string scratch = Path.Combine(Path.GetTempPath(), "bedrockps-s3test-" + Guid.NewGuid().ToString("N"));

        public S3ObjectStorageTests()
        {
            Directory.CreateDirectory(scratch);
        }

        private S3ObjectStorage Storage(Uri? s3Endpoint = null) => new S3ObjectStorage(new BedrockClientOptions
        {
            Region = emulator.Region,
            EndpointUrl = new Uri(emulator.EndpointUrl),
            S3EndpointUrl = s3Endpoint ?? new Uri(emulator.S3EndpointUrl),
            Credentials = new BasicAWSCredentials(emulator.AccessKeyId, emulator.SecretAccessKey),
        });

        private string File(int length, int seed)
        {
            var data = new byte[length];
            new Random(seed).NextBytes(data);
            string path = Path.Combine(scratch, seed + ".bin");
            System.IO.File.WriteAllBytes(path, data);
            return path;
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1234)]
        [InlineData(20 * 1024 * 1024 + 17)] // three parts
        public async Task Upload_then_read_round_trips_bytes_exactly(int length)
        {
            using var storage = Storage();
            string path = File(length, length);
            var target = S3ObjectUri.Parse("s3://round-trip/data/file.jsonl");

            await storage.UploadFileAsync(path, target, CancellationToken.None);
            using var read = await storage.OpenReadAsync(target, CancellationToken.None);
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy);

            Assert.Equal(System.IO.File.ReadAllBytes(path), copy.ToArray());
            Assert.True(await storage.ExistsAsync(target, CancellationToken.None));
            Assert.False(await storage.ExistsAsync(target.Child("missing"), CancellationToken.None));
        }

        [Fact]
        public async Task List_returns_every_object_under_a_prefix_in_key_order()
        {
            using var storage = Storage();
            string path = File(10, 1);
            foreach (var key in Enumerable.Range(0, 1005).Select(i => "many/k" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)))
            {
                await storage.UploadFileAsync(path, S3ObjectUri.Parse("s3://listing/" + key), CancellationToken.None);
            }

            var listed = await storage.ListAsync(S3ObjectUri.Parse("s3://listing/many/"), CancellationToken.None);

            Assert.Equal(1005, listed.Count);
            Assert.Equal("many/k0000", listed[0].Uri.Key);
            Assert.Equal("many/k1004", listed[^1].Uri.Key);
            Assert.All(listed, o => Assert.Equal(10, o.Size));
        }

        [Fact]
        public async Task List_keeps_keys_that_a_typed_uri_would_refuse()
        {
            using var storage = Storage();
            var folder = S3ObjectUri.Parse("s3://listing/odd/");
            await storage.UploadFileAsync(File(4, 3), folder.WithKey("odd//twice.txt"), CancellationToken.None);

            var listed = await storage.ListAsync(folder, CancellationToken.None);

            Assert.Equal("odd//twice.txt", Assert.Single(listed).Uri.Key);
            Assert.Equal("s3://listing/odd//twice.txt", listed[0].Uri.ToString());
        }

        [Fact]
        public async Task A_missing_object_is_a_clear_error_with_s3_s_code()
        {
            using var storage = Storage();
            await storage.UploadFileAsync(File(3, 2), S3ObjectUri.Parse("s3://errors/present"), CancellationToken.None);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => storage.OpenReadAsync(S3ObjectUri.Parse("s3://errors/absent"), CancellationToken.None));

            Assert.Equal("NoSuchKey", error.ErrorCode);
            Assert.Equal(404, error.StatusCode);
            Assert.Contains("s3://errors/absent", error.Message);
        }

        [Fact]
        public void A_bedrock_api_key_alone_cannot_sign_s3()
        {
            var error = Assert.Throws<BedrockServiceException>(() => new S3ObjectStorage(new BedrockClientOptions
            {
                Region = emulator.Region,
                EndpointUrl = new Uri(emulator.EndpointUrl),
                S3EndpointUrl = new Uri(emulator.S3EndpointUrl),
                ApiKey = emulator.ApiKey,
            }));

            Assert.Equal("NoCredentials", error.ErrorCode);
        }

        [Theory]
        [InlineData("s3://bucket/prefix/", true)]
        [InlineData("s3://my.bucket-1", true)]
        [InlineData("s3://ab/x", false)]
        [InlineData("s3://Upper/x", false)]
        [InlineData("https://bucket/x", false)]
        [InlineData("s3://bucket//x", false)]
        public void S3_uris_are_checked(string text, bool valid)
        {
            Assert.Equal(valid, S3ObjectUri.TryParse(text, out _));
        }

        public void Dispose()
        {
            emulator.Dispose();
            Directory.Delete(scratch, recursive: true);
        }
    }
}
