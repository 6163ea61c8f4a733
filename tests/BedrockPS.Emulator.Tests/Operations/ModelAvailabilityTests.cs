using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>GetFoundationModelAvailability, configured per model, and the runtime refusing what it reports unusable.</summary>
    public sealed class ModelAvailabilityTests
    {
        private const string NovaLite = "amazon.nova-lite-v1:0";

        private static async Task<JsonObject> AvailabilityAsync(EmulatorOptions options, string modelId)
        {
            using var emulator = BedrockEmulator.Start(options);
            using var client = new EmulatorClient(emulator);
            return await client.GetJsonAsync("/foundation-model-availability/" + modelId);
        }

        [Fact]
        public async Task A_model_is_fully_available_by_default()
        {
            var answer = await AvailabilityAsync(new EmulatorOptions(), NovaLite);

            Assert.Equal("{\"modelId\":\"amazon.nova-lite-v1:0\",\"agreementAvailability\":{\"status\":\"AVAILABLE\"},\"authorizationStatus\":\"AUTHORIZED\","
                + "\"entitlementAvailability\":\"AVAILABLE\",\"regionAvailability\":\"AVAILABLE\"}", answer.ToJsonString());
        }

        [Theory]
        [InlineData("NotAuthorized", "authorizationStatus", "NOT_AUTHORIZED", 403, "AccessDeniedException")]
        [InlineData("NotEntitled", "entitlementAvailability", "NOT_AVAILABLE", 403, "AccessDeniedException")]
        [InlineData("NotInRegion", "regionAvailability", "NOT_AVAILABLE", 400, "ValidationException")]
        [InlineData("AgreementPending", "agreementAvailability", "{\"status\":\"PENDING\"}", 403, "AccessDeniedException")]
        public async Task Each_condition_is_reported_and_refused_at_runtime(string condition, string member, string expected, int status, string error)
        {
            var options = new EmulatorOptions();
            options.ModelAvailability[NovaLite] = ModelAvailability.Parse(condition);
            using var emulator = BedrockEmulator.Start(options);
            using var client = new EmulatorClient(emulator);

            var answer = await client.GetJsonAsync("/foundation-model-availability/" + NovaLite);
            string actual = answer[member] is JsonObject obj ? obj.ToJsonString() : answer[member]!.GetValue<string>();
            Assert.Equal(expected, actual);
            var other = await client.GetJsonAsync("/foundation-model-availability/amazon.nova-micro-v1:0");
            Assert.Equal("AUTHORIZED", other["authorizationStatus"]!.GetValue<string>());

            using var call = await client.PostAsync(EmulatorClient.ModelPath(NovaLite, "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(call, status, error);
            using var viaProfile = await client.PostAsync(EmulatorClient.ModelPath("us." + NovaLite, "converse"), EmulatorClient.UserMessage("hi"));
            await ErrorAssert.IsAsync(viaProfile, status, error);
        }

        [Fact]
        public async Task A_disabled_model_reports_NOT_AUTHORIZED()
        {
            var options = new EmulatorOptions();
            options.DisabledModels.Add(NovaLite);
            var answer = await AvailabilityAsync(options, NovaLite);
            Assert.Equal("NOT_AUTHORIZED", answer["authorizationStatus"]!.GetValue<string>());
        }

        [Fact]
        public async Task An_agreement_error_carries_its_message()
        {
            var options = new EmulatorOptions();
            options.ModelAvailability[NovaLite] = ModelAvailability.Parse("AgreementError");
            var answer = await AvailabilityAsync(options, NovaLite);
            Assert.Equal("ERROR", answer["agreementAvailability"]!["status"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(answer["agreementAvailability"]!["errorMessage"]!.GetValue<string>()));
        }

        [Fact]
        public void An_unknown_condition_is_refused_with_the_names_that_exist()
        {
            var error = Assert.Throws<System.FormatException>(() => ModelAvailability.Parse("NotAuthorised"));
            Assert.Contains("NotAuthorized", error.Message);
        }

        [Theory]
        [InlineData("nobody.nothing-v1", 404, "ResourceNotFoundException")]
        [InlineData("us.amazon.nova-lite-v1:0", 404, "ResourceNotFoundException")]
        [InlineData("arn:aws:bedrock:us-east-1::foundation-model%2Famazon.nova-lite-v1:0", 400, "ValidationException")]
        public async Task Unknown_or_malformed_ids_get_the_service_errors(string modelId, int status, string error)
        {
            using var emulator = BedrockEmulator.Start(new EmulatorOptions());
            using var client = new EmulatorClient(emulator);
            using var response = await client.GetAsync("/foundation-model-availability/" + modelId);
            await ErrorAssert.IsAsync(response, status, error);
        }
    }
}
