using System;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Tests.Properties;
using CsCheck;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>
    /// The hand-written Converse answer reader against the serializer it stands in for: the same model for every
    /// answer, and the same failure (type and message) for every answer that does not fit.
    /// </summary>
    public sealed class ConverseResponseReaderTests
    {
        [Fact]
        public void Any_answer_reads_as_the_serializer_reads_it()
        {
            ConverseBodyGenerators.Response.Sample(json =>
            {
                byte[] body = Encoding.UTF8.GetBytes(json.ToJsonString());

                ConverseResponse expected = BedrockJson.Deserialize<ConverseResponse>(body)!;
                ConverseResponse actual = ConverseResponseReader.Read(body)!;

                Assert.Equal(BedrockJson.Serialize(expected), BedrockJson.Serialize(actual));
                Assert.Equal(expected.Text, actual.Text);
            }, iter: 1000);
        }

        [Fact]
        public void An_answer_of_the_wrong_shape_fails_as_the_serializer_fails()
        {
            // Property: one value anywhere replaced by a value of another kind. Either both readers read it (to the
            // same model) or both throw JsonException with the same message, so the error a user sees still names
            // the path of the fault.
            Gen.Select(ConverseBodyGenerators.Response, Gen.Int[0, int.MaxValue], Gen.Byte).Sample((json, where, value) =>
            {
                byte[] body = JsonValueReplacer.ReplaceAValue(Encoding.UTF8.GetBytes(json.ToJsonString()), where, value);

                string expected = ReadOutcome.Of(() => BedrockJson.Deserialize<ConverseResponse>(body));
                string actual = ReadOutcome.Of(() => ConverseResponseReader.Read(body));

                Assert.Equal(expected, actual);
            }, iter: 1000);
        }

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("null")]
        [InlineData("[]")]
        [InlineData("\"answer\"")]
        [InlineData("{\"output\":{\"message\":{\"content\":[{\"text\":1}]}}}")]
        [InlineData("{\"usage\":{\"inputTokens\":1.5}}")]
        [InlineData("{\"metrics\":{\"latencyMs\":\"5\"}}")]
        [InlineData("{\"additionalModelResponseFields\":null}")]
        public void Bodies_that_are_not_answers_end_as_with_the_serializer(string text)
        {
            byte[] body = Encoding.UTF8.GetBytes(text);

            Assert.Equal(ReadOutcome.Of(() => BedrockJson.Deserialize<ConverseResponse>(body)), ReadOutcome.Of(() => ConverseResponseReader.Read(body)));
        }

        [Fact]
        public void Every_member_of_the_types_read_by_hand_is_read_not_skipped()
        {
            // A member the reader did not know would be skipped as unknown, silently losing it. Giving each member
            // of each hand-read type a value no member accepts (true) must make the read fail: the reader saw it.
            var containers = new (Type Type, Func<JsonObject, JsonObject> Place)[]
            {
                (typeof(ConverseResponse), o => o),
                (typeof(ConverseOutput), o => new JsonObject { ["output"] = o }),
                (typeof(Message), o => new JsonObject { ["output"] = new JsonObject { ["message"] = o } }),
                (typeof(ContentBlock), o => new JsonObject { ["output"] = new JsonObject { ["message"] = new JsonObject { ["content"] = new JsonArray(o) } } }),
                (typeof(TokenUsage), o => new JsonObject { ["usage"] = o }),
                (typeof(ConverseMetrics), o => new JsonObject { ["metrics"] = o }),
                (typeof(PerformanceConfiguration), o => new JsonObject { ["performanceConfig"] = o }),
                (typeof(ServiceTier), o => new JsonObject { ["serviceTier"] = o }),
            };
            foreach (var (type, place) in containers)
            {
                foreach (PropertyInfo property in type.GetProperties().Where(p => p.SetMethod != null && p.GetCustomAttribute<JsonIgnoreAttribute>() == null))
                {
                    if (property.PropertyType == typeof(JsonElement?))
                    {
                        continue; // takes any value, true included; the generated answers cover it
                    }
                    string name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    var member = new JsonObject { [name] = true };
                    if (type == typeof(ContentBlock) && name != "text")
                    {
                        member["text"] = "beside it";
                    }
                    byte[] body = Encoding.UTF8.GetBytes(place(member).ToJsonString());

                    Assert.Throws<JsonException>(() => ConverseResponseReader.Read(body));
                }
            }
        }
    }
}
