using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.BatchJobs
{
    public sealed class ModelInvocationJobOperationTests
    {
        private const string JobArn = "arn:aws:bedrock:us-east-1:123456789012:model-invocation-job/abcd1234efgh";

        private const string JobJson = "{\"jobArn\":\"" + JobArn + "\",\"jobName\":\"nightly\",\"modelId\":\"amazon.nova-lite-v1:0\","
            + "\"roleArn\":\"arn:aws:iam::123456789012:role/BatchRole\",\"status\":\"InProgress\",\"submitTime\":\"2026-01-02T03:04:05.678Z\","
            + "\"inputDataConfig\":{\"s3InputDataConfig\":{\"s3Uri\":\"s3://in-bucket/run/\",\"s3InputFormat\":\"JSONL\"}},"
            + "\"outputDataConfig\":{\"s3OutputDataConfig\":{\"s3Uri\":\"s3://out-bucket/results/\"}},\"modelInvocationType\":\"Converse\","
            + "\"timeoutDurationInHours\":24,\"totalRecordCount\":250,\"processedRecordCount\":120,\"successRecordCount\":118,\"errorRecordCount\":2,\"unknownLater\":[1]}";

        private static CreateModelInvocationJobRequest NewRequest() => new CreateModelInvocationJobRequest
        {
            JobName = "nightly",
            RoleArn = "arn:aws:iam::123456789012:role/BatchRole",
            ModelId = "amazon.nova-lite-v1:0",
            InputDataConfig = new ModelInvocationJobInputDataConfig { S3InputDataConfig = new ModelInvocationJobS3InputDataConfig { S3Uri = "s3://in-bucket/run/", S3InputFormat = "JSONL" } },
            OutputDataConfig = new ModelInvocationJobOutputDataConfig { S3OutputDataConfig = new ModelInvocationJobS3OutputDataConfig { S3Uri = "s3://out-bucket/results/" } },
            TimeoutDurationInHours = 48,
            Tags = new List<ResourceTag> { new ResourceTag { Key = "team", Value = "ops" } },
            ModelInvocationType = "Converse",
        };

        [Fact]
        public async Task Create_posts_the_job_body_to_the_control_plane_and_returns_the_arn()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"jobArn\":\"" + JobArn + "\"}"));
            using var client = TestClients.Client(server);
            var request = NewRequest();
            request.ClientRequestToken = "token-1";

            string arn = await client.CreateModelInvocationJobAsync(request, CancellationToken.None);

            Assert.Equal(JobArn, arn);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("POST", sent!.Method);
            Assert.Equal("/model-invocation-job", sent.RawPath);
            Assert.Equal("application/json", sent.Header("Content-Type"));
            Assert.Contains("/bedrock/aws4_request", sent.Header("Authorization"));
            JsonAssert.Equivalent(
                "{\"jobName\":\"nightly\",\"roleArn\":\"arn:aws:iam::123456789012:role/BatchRole\",\"clientRequestToken\":\"token-1\",\"modelId\":\"amazon.nova-lite-v1:0\","
                + "\"inputDataConfig\":{\"s3InputDataConfig\":{\"s3InputFormat\":\"JSONL\",\"s3Uri\":\"s3://in-bucket/run/\"}},"
                + "\"outputDataConfig\":{\"s3OutputDataConfig\":{\"s3Uri\":\"s3://out-bucket/results/\"}},\"timeoutDurationInHours\":48,"
                + "\"tags\":[{\"key\":\"team\",\"value\":\"ops\"}],\"modelInvocationType\":\"Converse\"}",
                sent.BodyText);
        }

        [Fact]
        public async Task Create_without_a_token_sends_one_token_on_every_retry()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) => Interlocked.Increment(ref calls) == 1
                ? writer.SendJsonAsync(500, "{\"message\":\"try again\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "InternalServerException" })
                : writer.SendJsonAsync(200, "{\"jobArn\":\"" + JobArn + "\"}"));
            using var client = TestClients.Client(server);
            var request = NewRequest();

            await client.CreateModelInvocationJobAsync(request, CancellationToken.None);

            var tokens = server.Requests.Select(r => JsonDocument.Parse(r.BodyText).RootElement.GetProperty("clientRequestToken").GetString()).ToArray();
            Assert.Equal(2, tokens.Length);
            Assert.False(string.IsNullOrEmpty(tokens[0]));
            Assert.Equal(tokens[0], tokens[1]);
            Assert.Equal(tokens[0], request.ClientRequestToken);
        }

        [Fact]
        public async Task Get_reads_record_counts_and_dates_by_arn()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, JobJson));
            using var client = TestClients.Client(server);

            var job = await client.GetModelInvocationJobAsync(JobArn, CancellationToken.None);

            Assert.Equal("abcd1234efgh", job.JobId);
            Assert.Equal("InProgress", job.Status);
            Assert.False(job.IsFinished);
            Assert.Equal(250, job.TotalRecordCount);
            Assert.Equal(120, job.ProcessedRecordCount);
            Assert.Equal(118, job.SuccessRecordCount);
            Assert.Equal(2, job.ErrorRecordCount);
            Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), job.SubmitTime);
            Assert.Equal("s3://out-bucket/results/", job.OutputDataConfig!.S3OutputDataConfig!.S3Uri);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("GET", sent!.Method);
            Assert.Equal("/model-invocation-job/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Amodel-invocation-job%2Fabcd1234efgh", sent.RawPath);
        }

        [Fact]
        public async Task List_sends_filters_and_follows_every_page()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, request.Query.Contains("nextToken=p2")
                ? "{\"invocationJobSummaries\":[" + JobJson.Replace("abcd1234efgh", "zzzz1234efgh") + "]}"
                : "{\"invocationJobSummaries\":[" + JobJson + "],\"nextToken\":\"p2\"}"));
            using var client = TestClients.Client(server);

            var jobs = await client.ListModelInvocationJobsAsync(new ModelInvocationJobFilter
            {
                StatusEquals = "InProgress",
                NameContains = "night",
                SubmitTimeAfter = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                SortOrder = "Descending",
                PageSize = 1,
            }, CancellationToken.None);

            Assert.Equal(new[] { "abcd1234efgh", "zzzz1234efgh" }, jobs.Select(j => j.JobId));
            var requests = server.Requests.ToArray();
            Assert.Equal(2, requests.Length);
            Assert.Equal("maxResults=1&nameContains=night&sortOrder=Descending&statusEquals=InProgress&submitTimeAfter=2026-01-01T00%3A00%3A00.000Z", requests[0].Query);
            Assert.Contains("nextToken=p2", requests[1].Query);
        }

        [Fact]
        public async Task List_refuses_a_repeated_page_token()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, "{\"invocationJobSummaries\":[],\"nextToken\":\"same\"}"));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ListModelInvocationJobsAsync(null, CancellationToken.None));

            Assert.Contains("same page token", error.Message);
            Assert.Equal(2, server.RequestCount);
        }

        [Fact]
        public async Task Stop_posts_to_the_stop_path_and_maps_a_conflict()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(400, "{\"message\":\"The job is already Completed.\"}",
                new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ValidationException" }));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.StopModelInvocationJobAsync("abcd1234efgh", CancellationToken.None));

            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("POST", sent!.Method);
            Assert.Equal("/model-invocation-job/abcd1234efgh/stop", sent.RawPath);
        }

        [Theory]
        [InlineData("abcd1234efgh", true)]
        [InlineData(JobArn, true)]
        [InlineData("ABCD1234EFGH", false)]
        [InlineData("abcd1234", false)]
        [InlineData("", false)]
        public void Job_identifiers_are_ids_or_arns(string identifier, bool valid)
        {
            Assert.Equal(valid, ModelInvocationJobIdentifiers.IsValid(identifier));
        }
    }
}
