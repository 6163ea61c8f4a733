using System.Text;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using Xunit;

namespace BedrockPS.Core.Tests.Requests
{
    public class InvokeModelRequestBuilderTests
    {
        private static InvokeModelCallRequest Valid() => new InvokeModelCallRequest
        {
            ModelId = " anthropic.claude-3-haiku-20240307-v1:0 ",
            BodyText = "{\"prompt\":\"hi\"}",
        };

        [Fact]
        public void A_valid_call_is_built_with_its_settings_normalised()
        {
            InvokeModelCallRequest call = Valid();
            call.Trace = "enabled_full";
            call.ServiceTier = "FLEX";
            call.PerformanceConfigLatency = "Optimized";
            call.GuardrailIdentifier = "gr-1";
            call.GuardrailVersion = "2";

            InvokeModelRequest request = InvokeModelRequestBuilder.Build(call);

            Assert.Equal("anthropic.claude-3-haiku-20240307-v1:0", request.ModelId);
            Assert.Equal("{\"prompt\":\"hi\"}", Encoding.UTF8.GetString(request.Body));
            Assert.Equal("ENABLED_FULL", request.Trace);
            Assert.Equal("flex", request.ServiceTier);
            Assert.Equal("optimized", request.PerformanceConfigLatency);
            Assert.Equal("gr-1", request.GuardrailIdentifier);
            Assert.Equal("2", request.GuardrailVersion);
            Assert.Equal("application/json", request.ContentType);
        }

        [Fact]
        public void Bytes_are_sent_as_given_even_when_not_json()
        {
            InvokeModelCallRequest call = Valid();
            call.BodyText = null;
            call.BodyBytes = new byte[] { 1, 2, 3 };

            Assert.Equal(new byte[] { 1, 2, 3 }, InvokeModelRequestBuilder.Build(call).Body);
        }

        [Fact]
        public void Text_that_is_not_json_is_sent_when_the_content_type_is_not_json()
        {
            InvokeModelCallRequest call = Valid();
            call.ContentType = "text/plain";
            call.BodyText = "plain words";

            Assert.Equal("plain words", Encoding.UTF8.GetString(InvokeModelRequestBuilder.Build(call).Body));
        }

        [Theory]
        [InlineData("blank-model", "ModelId", "-ModelId is blank")]
        [InlineData("empty-text", "Body", "-Body is empty")]
        [InlineData("empty-bytes", "Body", "-Body is empty")]
        [InlineData("bad-json", "Body", "-Body is not valid JSON")]
        [InlineData("too-large", "Body", "larger than Bedrock accepts")]
        [InlineData("guardrail-half", "GuardrailVersion", "go together")]
        public void Bad_input_is_refused_naming_the_parameter(string fault, string parameter, string message)
        {
            InvokeModelCallRequest call = Valid();
            switch (fault)
            {
                case "blank-model": call.ModelId = "  "; break;
                case "empty-text": call.BodyText = " "; break;
                case "empty-bytes": call.BodyBytes = new byte[0]; break;
                case "bad-json": call.BodyText = "{not json"; break;
                case "too-large": call.BodyBytes = new byte[InvokeModelRequestBuilder.MaxBodyBytes + 1]; break;
                case "guardrail-half": call.GuardrailIdentifier = "gr-1"; break;
            }

            var refused = Assert.Throws<InvalidRequestException>(() => InvokeModelRequestBuilder.Build(call));

            Assert.Equal(InvalidRequestException.InvalidInputId, refused.ErrorId);
            Assert.Equal(parameter, refused.ParamName);
            Assert.Contains(message, refused.Message, System.StringComparison.Ordinal);
        }
    }
}
