using System.Text;
using System.Text.Json.Nodes;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using CsCheck;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>
    /// The hand-written Converse body writer against the serializer it stands in for: the same bytes for every request.
    /// </summary>
    public sealed class ConverseBodyWriterTests
    {
        [Fact]
        public void Any_request_is_written_byte_for_byte_as_the_serializer_writes_it()
        {
            // Property: for ConverseStream the body is the serializer's; for Converse it is the serializer's with the
            // guardrail's streamProcessingMode removed (Converse's shape has no such member). A failing case prints
            // its seed.
            ConverseBodyGenerators.Request.Sample(json =>
            {
                ConverseRequest request = BedrockJson.Deserialize<ConverseRequest>(json.ToJsonString())!;

                Assert.Equal(Encoding.UTF8.GetString(BedrockJson.SerializeToUtf8Bytes(request)), Encoding.UTF8.GetString(ConverseBodyWriter.Write(request, streaming: true)));
                Assert.Equal(SerializerWithoutStreamMode(request), Encoding.UTF8.GetString(ConverseBodyWriter.Write(request, streaming: false)));
            }, iter: 1000);
        }

        [Fact]
        public void A_text_request_is_compact_camel_case_with_readable_non_ascii_text()
        {
            var request = new ConverseRequest
            {
                Messages = { new Message { Role = "user", Content = { ContentBlock.FromText("Grüße \"quoted\" 日本 <b>") } } },
                System = new() { SystemContentBlock.FromText("Be brief.") },
                InferenceConfig = new InferenceConfiguration { MaxTokens = 256, Temperature = 0.5f },
                RequestMetadata = new() { ["Pipeline"] = "nightly" },
            };

            Assert.Equal(
                "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Grüße \\\"quoted\\\" 日本 <b>\"}]}],\"system\":[{\"text\":\"Be brief.\"}]," +
                "\"inferenceConfig\":{\"maxTokens\":256,\"temperature\":0.5},\"requestMetadata\":{\"Pipeline\":\"nightly\"}}",
                Encoding.UTF8.GetString(ConverseBodyWriter.Write(request, streaming: false)));
        }

        [Fact]
        public void The_stream_processing_mode_is_sent_only_to_ConverseStream()
        {
            var request = new ConverseRequest
            {
                Messages = { new Message { Content = { ContentBlock.FromText("hi") } } },
                GuardrailConfig = new GuardrailConfiguration { GuardrailIdentifier = "gr-1", GuardrailVersion = "2", StreamProcessingMode = "async" },
            };

            string converse = Encoding.UTF8.GetString(ConverseBodyWriter.Write(request, streaming: false));
            string stream = Encoding.UTF8.GetString(ConverseBodyWriter.Write(request, streaming: true));

            Assert.EndsWith("\"guardrailConfig\":{\"guardrailIdentifier\":\"gr-1\",\"guardrailVersion\":\"2\"}}", converse);
            Assert.EndsWith("\"guardrailConfig\":{\"guardrailIdentifier\":\"gr-1\",\"guardrailVersion\":\"2\",\"streamProcessingMode\":\"async\"}}", stream);
        }

        private static string SerializerWithoutStreamMode(ConverseRequest request)
        {
            var node = JsonNode.Parse(BedrockJson.SerializeToUtf8Bytes(request))!.AsObject();
            (node["guardrailConfig"] as JsonObject)?.Remove("streamProcessingMode");
            return node.ToJsonString(BedrockJson.Options);
        }
    }
}
