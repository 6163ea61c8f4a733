using Xunit;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BedrockPS.Emulator.Tests.Support;

namespace BedrockPS.Emulator.Tests.Batch
{
    /// <summary>An emulator with a fast batch pace, a signing Bedrock client, and the AWS SDK's S3 client on the embedded S3 endpoint.</summary>
    public abstract class BatchFixture : IDisposable
    {
        internal const string Role = "arn:aws:iam::123456789012:role/BedrockBatch";
        internal const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        protected BatchFixture(Action<BatchSettings>? configure = null)
        {
            var batch = new BatchSettings { StepDelay = TimeSpan.FromMilliseconds(20), MinimumRecordsPerJob = 3 };
            configure?.Invoke(batch);
            Emulator = BedrockEmulator.Start(new EmulatorOptions { Batch = batch });
            Client = new EmulatorClient(Emulator);
            S3 = new AmazonS3Client(new BasicAWSCredentials(Emulator.AccessKeyId, Emulator.SecretAccessKey), new AmazonS3Config
            {
                ServiceURL = Emulator.S3EndpointUrl,
                ForcePathStyle = true,
                AuthenticationRegion = Emulator.Region,
                MaxErrorRetry = 0,
            });
        }

        private protected BedrockEmulator Emulator { get; }

        private protected EmulatorClient Client { get; }

        private protected AmazonS3Client S3 { get; }

        internal static string Converse(string prompt) =>
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":" + JsonValue.Create(prompt)!.ToJsonString() + "}]}],\"inferenceConfig\":{\"maxTokens\":50}}";

        internal static string Jsonl(int count, Func<int, string>? prompt = null) =>
            string.Concat(Enumerable.Range(1, count).Select(i =>
                "{\"recordId\":\"R" + i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + "\",\"modelInput\":" + Converse(prompt?.Invoke(i) ?? "Question number " + i) + "}\n"));

        internal async Task PutTextAsync(string bucket, string key, string text)
        {
            await S3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = text });
        }

        internal async Task<string> GetTextAsync(string bucket, string key)
        {
            using var response = await S3.GetObjectAsync(bucket, key);
            using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
            return await reader.ReadToEndAsync();
        }

        internal static string CreateBody(string name, string input, string output, string model = Model, string type = "Converse", string? extra = null) =>
            "{\"jobName\":\"" + name + "\",\"roleArn\":\"" + Role + "\",\"modelId\":\"" + model + "\",\"modelInvocationType\":\"" + type + "\","
            + "\"inputDataConfig\":{\"s3InputDataConfig\":{\"s3Uri\":\"" + input + "\",\"s3InputFormat\":\"JSONL\"}},"
            + "\"outputDataConfig\":{\"s3OutputDataConfig\":{\"s3Uri\":\"" + output + "\"}}" + (extra ?? string.Empty) + "}";

        internal async Task<string> CreateAsync(string body)
        {
            var created = await Client.PostJsonAsync("/model-invocation-job", body);
            return created["jobArn"]!.GetValue<string>();
        }

        internal async Task<JsonObject> WaitAsync(string jobArn, params string[] until)
        {
            var finals = until.Length > 0 ? until : new[] { "Completed", "PartiallyCompleted", "Failed", "Stopped", "Expired" };
            for (int i = 0; i < 1000; i++)
            {
                var job = await Client.GetJsonAsync("/model-invocation-job/" + Uri.EscapeDataString(jobArn));
                if (finals.Contains(job["status"]!.GetValue<string>()))
                {
                    return job;
                }
                await Task.Delay(20);
            }
            throw new TimeoutException("The job never reached " + string.Join("/", finals));
        }

        internal static List<JsonObject> Lines(string jsonl) =>
            jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

        public void Dispose()
        {
            S3.Dispose();
            Client.Dispose();
            Emulator.Dispose();
        }
    }
}
