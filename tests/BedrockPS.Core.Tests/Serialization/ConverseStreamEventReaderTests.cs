using System;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Tests.Properties;
using CsCheck;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>
    /// The hand-written ConverseStream event reader against the serializer: the same event, or the same failure, for
    /// every payload of every event kind (the service pads payloads with a "p" member, which both skip).
    /// </summary>
    public sealed class ConverseStreamEventReaderTests
    {
        private static readonly Gen<JsonNode?> Padding = Gen.String[Gen.Char['a', 'z'], 0, 20].Select(p => (JsonNode?)p);

        private static readonly Gen<JsonObject> Delta = Gen.Frequency(
            (6, ConverseBodyGenerators.Text.Select(t => new JsonObject { ["text"] = t })),
            (1, ConverseBodyGenerators.Text.Select(t => new JsonObject { ["toolUse"] = new JsonObject { ["input"] = t } })),
            (1, ConverseBodyGenerators.Text.Select(t => new JsonObject { ["reasoningContent"] = new JsonObject { ["text"] = t } })),
            (1, ConverseBodyGenerators.Text.Select(t => new JsonObject { ["reasoningContent"] = new JsonObject { ["signature"] = t } })),
            (1, ConverseBodyGenerators.Text.Select(t => new JsonObject { ["text"] = t, ["unknown"] = 1 })));

        // (event kind, payload) for every kind the reader is given.
        private static readonly Gen<(string Kind, JsonObject Payload)> Event = Gen.Frequency(
            (1, Gen.Select(Gen.Int[0, 2].Select(i => new[] { "user", "assistant", null }[i]), Padding).Select((role, p) => ("messageStart", new JsonObject { ["p"] = p, ["role"] = role }))),
            (4, Gen.Select(Gen.Int[0, 5], Delta, Padding).Select((i, d, p) => ("contentBlockDelta", new JsonObject { ["contentBlockIndex"] = i, ["delta"] = d, ["p"] = p }))),
            (1, Gen.Select(Gen.Int[0, 5], Padding).Select((i, p) => ("contentBlockStop", new JsonObject { ["contentBlockIndex"] = i, ["p"] = p }))),
            (1, Gen.Select(Gen.Int[0, 5], Padding).Select((i, p) => ("contentBlockStart", new JsonObject
            {
                ["contentBlockIndex"] = i,
                ["start"] = new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = "tooluse_1", ["name"] = "lookup" } },
                ["p"] = p,
            }))),
            (1, Gen.Select(Gen.Int[0, 2].Select(i => new[] { "end_turn", "max_tokens", null }[i]), ConverseBodyGenerators.AnyJson, Gen.Bool).Select((reason, extra, withExtra) =>
            {
                var payload = new JsonObject { ["stopReason"] = reason };
                if (withExtra && extra != null) payload["additionalModelResponseFields"] = extra;
                return ("messageStop", payload);
            })),
            (1, Gen.Select(ConverseBodyGenerators.Usage, Gen.Long[0, 100000], Gen.Int[0, 3]).Select((usage, latency, optional) =>
            {
                var payload = new JsonObject { ["usage"] = usage, ["metrics"] = new JsonObject { ["latencyMs"] = latency } };
                if (optional == 1) payload["serviceTier"] = new JsonObject { ["type"] = "flex" };
                if (optional == 2) payload["performanceConfig"] = new JsonObject { ["latency"] = "optimized" };
                if (optional == 3) payload["trace"] = new JsonObject { ["promptRouter"] = new JsonObject { ["invokedModelId"] = "m" } };
                return ("metadata", payload);
            })));

        [Fact]
        public void Any_event_reads_as_the_serializer_reads_it()
        {
            Event.Sample(e =>
            {
                byte[] payload = Encoding.UTF8.GetBytes(e.Payload.ToJsonString());
                var (expected, actual) = BothReads(e.Kind, payload);
                Assert.Equal(expected, actual);
            }, iter: 1000);
        }

        [Fact]
        public void An_event_of_the_wrong_shape_fails_as_the_serializer_fails()
        {
            Gen.Select(Event, Gen.Int[0, int.MaxValue], Gen.Byte).Sample((e, where, value) =>
            {
                byte[] payload = JsonValueReplacer.ReplaceAValue(Encoding.UTF8.GetBytes(e.Payload.ToJsonString()), where, value);
                var (expected, actual) = BothReads(e.Kind, payload);
                Assert.Equal(expected, actual);
            }, iter: 1000);
        }

        [Fact]
        public void Every_member_of_the_events_read_by_hand_is_read_not_skipped()
        {
            var kinds = new (Type Type, Func<JsonObject, JsonObject> Place)[]
            {
                (typeof(MessageStartEvent), o => o),
                (typeof(ContentBlockDeltaEvent), o => o),
                (typeof(ContentBlockDelta), o => new JsonObject { ["delta"] = o }),
                (typeof(ContentBlockStopEvent), o => o),
                (typeof(MessageStopEvent), o => o),
                (typeof(ConverseStreamMetadataEvent), o => o),
            };
            foreach (var (type, place) in kinds)
            {
                Type eventType = type == typeof(ContentBlockDelta) ? typeof(ContentBlockDeltaEvent) : type;
                foreach (PropertyInfo property in type.GetProperties().Where(p => p.SetMethod != null && p.PropertyType != typeof(JsonElement?)))
                {
                    string name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    var member = new JsonObject { [name] = true };
                    if (type == typeof(ContentBlockDelta) && name != "text")
                    {
                        member["text"] = "beside it";
                    }
                    byte[] payload = Encoding.UTF8.GetBytes(place(member).ToJsonString());

                    Assert.StartsWith("JsonException", ReadOutcome.Of(() => Read(eventType, payload, byHand: true)));
                }
            }
        }

        private static (string Expected, string Actual) BothReads(string kind, byte[] payload)
        {
            Type type = kind switch
            {
                "messageStart" => typeof(MessageStartEvent),
                "contentBlockDelta" => typeof(ContentBlockDeltaEvent),
                "contentBlockStop" => typeof(ContentBlockStopEvent),
                "contentBlockStart" => typeof(ContentBlockStartEvent),
                "messageStop" => typeof(MessageStopEvent),
                _ => typeof(ConverseStreamMetadataEvent),
            };
            return (ReadOutcome.Of(() => Read(type, payload, byHand: false)), ReadOutcome.Of(() => Read(type, payload, byHand: true)));
        }

        private static object? Read(Type type, byte[] payload, bool byHand)
        {
            if (!byHand)
            {
                return JsonSerializer.Deserialize(payload, type, BedrockJson.Options);
            }
            MethodInfo read = typeof(ConverseStreamEventReader).GetMethod(nameof(ConverseStreamEventReader.Read))!.MakeGenericMethod(type);
            try
            {
                return read.Invoke(null, new object[] { payload });
            }
            catch (TargetInvocationException error) when (error.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.InnerException).Throw();
                throw;
            }
        }
    }
}
