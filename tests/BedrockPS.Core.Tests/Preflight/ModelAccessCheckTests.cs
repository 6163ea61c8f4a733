using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Preflight;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Preflight
{
    /// <summary>
    /// The preflight's reading of lifecycle and availability answers, against a loopback server answering as the
    /// service does (including the retirement messages the emulator's catalog may not produce).
    /// </summary>
    public sealed class ModelAccessCheckTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        private const string Available = "{\"modelId\":\"m\",\"agreementAvailability\":{\"status\":\"AVAILABLE\"},\"authorizationStatus\":\"AUTHORIZED\",\"entitlementAvailability\":\"AVAILABLE\",\"regionAvailability\":\"AVAILABLE\"}";

        private static string Model(string id, string lifecycle, string inference = "[\"ON_DEMAND\"]") =>
            "{\"modelDetails\":{\"modelId\":\"" + id + "\",\"inferenceTypesSupported\":" + inference + ",\"modelLifecycle\":" + lifecycle + "}}";

        private static LoopbackServer Server(Func<string, (int Status, string Body, string? ErrorType)> answer) =>
            new LoopbackServer((request, writer) =>
            {
                var (status, body, errorType) = answer(request.RawPath);
                var headers = errorType == null ? null : new Dictionary<string, string> { ["X-Amzn-Errortype"] = errorType };
                return writer.SendJsonAsync(status, body, headers);
            });

        private static async Task<ModelAccessReport> CheckAsync(LoopbackServer server, string modelId)
        {
            using var client = TestClients.Client(server);
            return await ModelAccessCheck.CheckAsync(client, modelId, Now, CancellationToken.None);
        }

        [Fact]
        public async Task An_end_of_life_date_in_the_past_is_EndOfLife()
        {
            using var server = Server(path => path.StartsWith("/foundation-models/", StringComparison.Ordinal)
                ? (200, Model("old.model-v1", "{\"status\":\"LEGACY\",\"legacyTime\":\"2025-10-01T00:00:00Z\",\"endOfLifeTime\":\"2026-09-10T00:00:00Z\"}"), null)
                : (200, Available, null));

            var report = await CheckAsync(server, "old.model-v1");

            Assert.False(report.Usable);
            Assert.Equal(new[] { "EndOfLife" }, report.Reasons.Select(r => r.Code));
            Assert.Contains("2026-09-10", report.Reasons[0].Message);
            Assert.Equal("LEGACY", report.LifecycleStatus);
            Assert.Equal(2026, report.EndOfLifeTime!.Value.Year);
        }

        [Fact]
        public async Task A_legacy_model_before_its_end_of_life_is_usable_with_a_warning()
        {
            using var server = Server(path => path.StartsWith("/foundation-models/", StringComparison.Ordinal)
                ? (200, Model("aging.model-v1", "{\"status\":\"LEGACY\",\"endOfLifeTime\":\"2027-03-01T00:00:00Z\"}"), null)
                : (200, Available, null));

            var report = await CheckAsync(server, "aging.model-v1");

            Assert.True(report.Usable);
            Assert.Contains("2027-03-01", Assert.Single(report.Warnings));
        }

        [Theory]
        [InlineData("This model version has reached the end of its life. Please refer to the AWS documentation for more details.", "EndOfLife")]
        [InlineData("Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock", "LegacyNotInUse")]
        [InlineData("The model with identifier x does not exist.", "NotFound")]
        public async Task The_service_not_found_messages_become_their_reasons(string message, string code)
        {
            using var server = Server(path => (404, "{\"message\":\"" + message + "\"}", "ResourceNotFoundException"));

            var report = await CheckAsync(server, "gone.model-v1");

            Assert.Equal(new[] { code }, report.Reasons.Select(r => r.Code));
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task An_absent_lifecycle_is_not_a_reason()
        {
            using var server = Server(path => path.StartsWith("/foundation-models/", StringComparison.Ordinal)
                ? (200, "{\"modelDetails\":{\"modelId\":\"plain.model-v1\"}}", null)
                : (200, Available, null));

            var report = await CheckAsync(server, "plain.model-v1");

            Assert.True(report.Usable);
            Assert.Null(report.LifecycleStatus);
            Assert.Equal("AUTHORIZED", report.AuthorizationStatus);
        }

        [Fact]
        public async Task Access_denied_on_the_availability_read_is_thrown_not_reported()
        {
            using var server = Server(path => path.StartsWith("/foundation-models/", StringComparison.Ordinal)
                ? (200, Model("m.model-v1", "{\"status\":\"ACTIVE\"}"), null)
                : (403, "{\"message\":\"User is not authorized to perform: bedrock:GetFoundationModelAvailability\"}", "AccessDeniedException"));

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => CheckAsync(server, "m.model-v1"));
            Assert.Equal("AccessDeniedException", error.ErrorCode);
        }

        [Theory]
        [InlineData("amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0")]
        [InlineData("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0", "amazon.nova-lite-v1:0")]
        [InlineData("us.anthropic.claude-haiku-4-5-20251001-v1:0", null)]
        [InlineData("global.anthropic.claude-haiku-4-5-20251001-v1:0", null)]
        [InlineData("arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.amazon.nova-lite-v1:0", null)]
        [InlineData("arn:aws:bedrock:us-east-1:111122223333:application-inference-profile/abcdefghij12", null)]
        [InlineData("abcdefghij12", null)]
        public void Tells_foundation_models_from_profiles(string id, string? expected)
        {
            Assert.Equal(expected, ModelIdentifiers.FoundationModelIdOf(id));
        }
    }
}
