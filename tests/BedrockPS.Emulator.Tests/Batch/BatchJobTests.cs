using Xunit;
using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;

namespace BedrockPS.Emulator.Tests.Batch
{
    public sealed class BatchJobTests : BatchFixture
    {
        [Fact]
        public async Task Converse_job_writes_one_output_line_per_record_and_the_manifest_where_the_service_does()
        {
            await PutTextAsync("in-bucket", "runs/day1/prompts.jsonl", Jsonl(5));
            await S3.PutBucketAsync("out-bucket");

            string arn = await CreateAsync(CreateBody("day1", "s3://in-bucket/runs/day1/prompts.jsonl", "s3://out-bucket/results/"));
            var job = await WaitAsync(arn);

            Assert.Equal("Completed", job["status"]!.GetValue<string>());
            Assert.Equal(5, job["totalRecordCount"]!.GetValue<long>());
            Assert.Equal(5, job["processedRecordCount"]!.GetValue<long>());
            Assert.Equal(5, job["successRecordCount"]!.GetValue<long>());
            Assert.Equal(0, job["errorRecordCount"]!.GetValue<long>());
            Assert.NotNull(job["endTime"]);
            string jobId = arn.Substring(arn.LastIndexOf('/') + 1);
            Assert.Matches("^[a-z0-9]{12}$", jobId);
            var lines = Lines(await GetTextAsync("out-bucket", "results/" + jobId + "/prompts.jsonl.out"));
            Assert.Equal(Enumerable.Range(1, 5).Select(i => "R" + i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)), lines.Select(l => l["recordId"]!.GetValue<string>()));
            var first = lines[0];
            Assert.Equal("Question number 1", first["modelInput"]!["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>());
            Assert.Equal("assistant", first["modelOutput"]!["output"]!["message"]!["role"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(first["modelOutput"]!["output"]!["message"]!["content"]![0]!["text"]!.GetValue<string>()));
            Assert.Equal("end_turn", first["modelOutput"]!["stopReason"]!.GetValue<string>());
            Assert.Null(first["error"]);
            var manifest = JsonNode.Parse(await GetTextAsync("out-bucket", "results/" + jobId + "/manifest.json.out"))!.AsObject();
            Assert.Equal(5, manifest["totalRecordCount"]!.GetValue<long>());
            Assert.Equal(5, manifest["successRecordCount"]!.GetValue<long>());
            long inputTokens = lines.Sum(l => l["modelOutput"]!["usage"]!["inputTokens"]!.GetValue<long>());
            Assert.Equal(inputTokens, manifest["inputTokenCount"]!.GetValue<long>());
            Assert.True(inputTokens > 0);
        }

        [Fact]
        public async Task Prefix_input_gives_one_output_file_per_input_file_and_ignores_other_objects()
        {
            await PutTextAsync("data-bucket", "batch/a.jsonl", Jsonl(2));
            await PutTextAsync("data-bucket", "batch/b.jsonl", Jsonl(3));
            await PutTextAsync("data-bucket", "batch/readme.txt", "not records");

            string arn = await CreateAsync(CreateBody("prefixed", "s3://data-bucket/batch/", "s3://data-bucket/out"));
            var job = await WaitAsync(arn);

            Assert.Equal("Completed", job["status"]!.GetValue<string>());
            Assert.Equal(5, job["totalRecordCount"]!.GetValue<long>());
            string jobId = arn.Substring(arn.LastIndexOf('/') + 1);
            var keys = (await S3.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = "data-bucket", Prefix = "out/" })).S3Objects.Select(o => o.Key);
            Assert.Equal(new[] { "out/" + jobId + "/a.jsonl.out", "out/" + jobId + "/b.jsonl.out", "out/" + jobId + "/manifest.json.out" }, keys);
        }

        [Fact]
        public async Task A_scenario_fault_fails_its_record_only_and_the_job_ends_partially_completed()
        {
            Emulator.Scenario = Scenario.Parse("{\"rules\":[{\"prompt\":\"number 2$\",\"fault\":\"throttling\"}]}");
            await PutTextAsync("in-bucket", "p.jsonl", Jsonl(4));

            string arn = await CreateAsync(CreateBody("faulty", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));
            var job = await WaitAsync(arn);

            Assert.Equal("PartiallyCompleted", job["status"]!.GetValue<string>());
            Assert.Equal(3, job["successRecordCount"]!.GetValue<long>());
            Assert.Equal(1, job["errorRecordCount"]!.GetValue<long>());
            string jobId = arn.Substring(arn.LastIndexOf('/') + 1);
            var failed = Lines(await GetTextAsync("in-bucket", "out/" + jobId + "/p.jsonl.out")).Single(l => l["error"] != null);
            Assert.Equal("R0000000002", failed["recordId"]!.GetValue<string>());
            Assert.Equal(429, failed["error"]!["errorCode"]!.GetValue<int>());
            Assert.Null(failed["modelOutput"]);
            Assert.NotNull(failed["modelInput"]);
        }

        [Fact]
        public async Task Too_few_records_fail_validation_with_the_reason()
        {
            await PutTextAsync("in-bucket", "two.jsonl", Jsonl(2));

            var job = await WaitAsync(await CreateAsync(CreateBody("small", "s3://in-bucket/two.jsonl", "s3://in-bucket/out/")));

            Assert.Equal("Failed", job["status"]!.GetValue<string>());
            Assert.Contains("at least 3", job["message"]!.GetValue<string>());
        }

        [Fact]
        public async Task Missing_input_fails_validation()
        {
            var job = await WaitAsync(await CreateAsync(CreateBody("nothing", "s3://nobucket/none.jsonl", "s3://nobucket/out/")));

            Assert.Equal("Failed", job["status"]!.GetValue<string>());
            Assert.Contains("no JSONL file", job["message"]!.GetValue<string>());
        }

        [Fact]
        public async Task InvokeModel_jobs_answer_in_the_model_s_native_format()
        {
            string native = "{\"schemaVersion\":\"messages-v1\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Hi there\"}]}],\"inferenceConfig\":{\"maxTokens\":20}}";
            await PutTextAsync("in-bucket", "n.jsonl", string.Concat(Enumerable.Range(1, 3).Select(i => "{\"recordId\":\"N" + i + "\",\"modelInput\":" + native + "}\n")));

            string arn = await CreateAsync(CreateBody("native", "s3://in-bucket/n.jsonl", "s3://in-bucket/out/", "amazon.nova-lite-v1:0", "InvokeModel"));
            var job = await WaitAsync(arn);

            Assert.Equal("Completed", job["status"]!.GetValue<string>());
            string jobId = arn.Substring(arn.LastIndexOf('/') + 1);
            var line = Lines(await GetTextAsync("in-bucket", "out/" + jobId + "/n.jsonl.out"))[0];
            Assert.NotNull(line["modelOutput"]!["output"]!["message"]);
            Assert.NotNull(line["modelOutput"]!["usage"]!["inputTokens"]);
        }

        [Fact]
        public async Task A_retried_create_with_the_same_token_returns_the_first_job()
        {
            await PutTextAsync("in-bucket", "p.jsonl", Jsonl(3));
            string body = CreateBody("retry", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/", extra: ",\"clientRequestToken\":\"token-123\"");

            string first = await CreateAsync(body);
            string second = await CreateAsync(body);

            Assert.Equal(first, second);
            var listed = await Client.GetJsonAsync("/model-invocation-jobs");
            Assert.Single(listed["invocationJobSummaries"]!.AsArray());
        }

        [Fact]
        public async Task List_filters_by_status_and_name_and_pages()
        {
            await PutTextAsync("in-bucket", "p.jsonl", Jsonl(3));
            var arns = new[] { "alpha-1", "alpha-2", "beta-1" }.Select(n => CreateAsync(CreateBody(n, "s3://in-bucket/p.jsonl", "s3://in-bucket/out/")).Result).ToList();
            foreach (var arn in arns)
            {
                await WaitAsync(arn);
            }

            var page1 = await Client.GetJsonAsync("/model-invocation-jobs?nameContains=alpha&maxResults=1&sortOrder=Ascending&statusEquals=Completed");
            var page2 = await Client.GetJsonAsync("/model-invocation-jobs?nameContains=alpha&maxResults=1&sortOrder=Ascending&statusEquals=Completed&nextToken="
                + Uri.EscapeDataString(page1["nextToken"]!.GetValue<string>()));

            Assert.Equal("alpha-1", page1["invocationJobSummaries"]![0]!["jobName"]!.GetValue<string>());
            Assert.Equal("alpha-2", page2["invocationJobSummaries"]![0]!["jobName"]!.GetValue<string>());
            Assert.Null(page2["nextToken"]);
            var none = await Client.GetJsonAsync("/model-invocation-jobs?statusEquals=Failed");
            Assert.Empty(none["invocationJobSummaries"]!.AsArray());
        }

        [Theory]
        [InlineData("\"roleArn\":\"" + Role + "\"", "\"roleArn\":\"arn:aws:iam::123456789012:user/me\"", "at 'roleArn' failed to satisfy constraint")]
        [InlineData("s3://in-bucket/p.jsonl", "https://in/p.jsonl", "at 'inputDataConfig.s3InputDataConfig.s3Uri'")]
        [InlineData("s3://out-bucket/", "s3://Out_Bucket/", "at 'outputDataConfig.s3OutputDataConfig.s3Uri'")]
        [InlineData("\"jobName\":\"ok\"", "\"jobName\":\"bad name\"", "at 'jobName'")]
        [InlineData("\"modelInvocationType\":\"Converse\"", "\"modelInvocationType\":\"Chat\"", "at 'modelInvocationType'")]
        [InlineData("\"modelId\":\"" + Model + "\"", "\"modelId\":\"cohere.command-r-v1:0\"", "does not support batch inference")]
        [InlineData("\"modelId\":\"" + Model + "\"", "\"modelId\":\"amazon.titan-embed-text-v2:0\"", "Converse invocation type")]
        [InlineData("\"modelId\":\"" + Model + "\"", "\"modelId\":\"acme.unknown-v1\"", "model identifier is invalid")]
        [InlineData("\"jobName\":\"ok\"", "\"jobName\":\"ok\",\"timeoutDurationInHours\":12", "greater than or equal to 24")]
        public async Task Create_refuses_bad_input_with_a_validation_error(string replace, string with, string expected)
        {
            string body = CreateBody("ok", "s3://in-bucket/p.jsonl", "s3://out-bucket/").Replace(replace, with);
            Assert.Contains(with, body);

            using var response = await Client.PostAsync("/model-invocation-job", body);

            string message = await ErrorAssert.IsAsync(response, 400, "ValidationException");
            Assert.Contains(expected, message);
        }

        [Fact]
        public async Task A_role_of_another_account_is_access_denied()
        {
            using var response = await Client.PostAsync("/model-invocation-job",
                CreateBody("ok", "s3://in-bucket/p.jsonl", "s3://out-bucket/").Replace("123456789012:role", "999999999999:role"));

            string message = await ErrorAssert.IsAsync(response, 403, "AccessDeniedException");
            Assert.Contains("bedrock.amazonaws.com", message);
        }

        [Fact]
        public async Task Unknown_job_is_not_found_and_a_malformed_id_is_invalid()
        {
            using var unknown = await Client.GetAsync("/model-invocation-job/abcdefabcdef");
            await ErrorAssert.IsAsync(unknown, 404, "ResourceNotFoundException");
            using var unknownStop = await Client.PostAsync("/model-invocation-job/abcdefabcdef/stop", "");
            await ErrorAssert.IsAsync(unknownStop, 404, "ResourceNotFoundException");
            using var malformed = await Client.GetAsync("/model-invocation-job/NOT-AN-ID");
            await ErrorAssert.IsAsync(malformed, 400, "ValidationException");
        }

        [Fact]
        public async Task Stopping_a_finished_job_is_refused()
        {
            await PutTextAsync("in-bucket", "p.jsonl", Jsonl(3));
            string arn = await CreateAsync(CreateBody("done", "s3://in-bucket/p.jsonl", "s3://in-bucket/out/"));
            await WaitAsync(arn);

            using var response = await Client.PostAsync("/model-invocation-job/" + Uri.EscapeDataString(arn) + "/stop", "");

            string message = await ErrorAssert.IsAsync(response, 400, "ValidationException");
            Assert.Contains("Completed", message);
        }
    }
}
