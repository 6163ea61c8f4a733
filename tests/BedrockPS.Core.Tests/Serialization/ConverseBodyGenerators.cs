using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>
    /// Generated Converse request and response bodies, as JSON, covering every member of both shapes: text that needs
    /// escaping, every kind of number, nulls, unknown and repeated members, and the rarer parts (tools, attachments,
    /// reasoning, traces, prompt-caching details) that the hand-written reader and writer leave to the serializer.
    /// </summary>
    internal static class ConverseBodyGenerators
    {
        public static readonly Gen<string> Text = Gen.String[Gen.Frequency(
            (8, Gen.Char['a', 'z']), (2, Gen.Char[" \n\t\"\\/{}[],:<>&'+"]), (2, Gen.Char["äß✓€日本ሴ\u0001\u001f\u2028\u007f"]), (1, Gen.Char['\u0100', '\ud7ff'])), 0, 30];

        private static readonly Gen<string> Name = Gen.String[Gen.Char['a', 'z'], 1, 10];

        public static readonly Gen<JsonNode?> AnyJson = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 3
            ? Leaf()
            : Gen.Frequency(
                (3, Leaf()),
                (1, inner.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))),
                (1, Gen.Select(Name, inner).Array[0, 3].Select(Object))));

        private static readonly Gen<JsonNode> ToolInput = Gen.Select(Name, AnyJson).Array[0, 3].Select(Object).Select(o => o!);

        // Every block kind a message can carry in either direction; text most often, as in real conversations.
        public static readonly Gen<JsonNode?> ContentBlock = Gen.Frequency(
            (10, Text.Select(t => (JsonNode?)new JsonObject { ["text"] = t })),
            (1, Gen.Const<JsonNode?>((JsonNode?)null)),
            (1, Gen.Select(Name, ToolInput).Select((name, input) => (JsonNode?)new JsonObject
            {
                ["toolUse"] = new JsonObject { ["toolUseId"] = "tooluse_" + name, ["name"] = name, ["input"] = input },
            })),
            (1, Gen.Select(Name, Text, Gen.Bool).Select((id, text, error) => (JsonNode?)new JsonObject
            {
                ["toolResult"] = new JsonObject
                {
                    ["toolUseId"] = id,
                    ["content"] = new JsonArray(new JsonObject { ["text"] = text }),
                    ["status"] = error ? "error" : "success",
                },
            })),
            (1, Gen.Byte.Array[0, 12].Select(bytes => (JsonNode?)new JsonObject
            {
                ["image"] = new JsonObject { ["format"] = "png", ["source"] = new JsonObject { ["bytes"] = System.Convert.ToBase64String(bytes) } },
            })),
            (1, Gen.Select(Text, Name.Null(0.5)).Select((text, signature) => (JsonNode?)new JsonObject
            {
                ["reasoningContent"] = new JsonObject { ["reasoningText"] = new JsonObject { ["text"] = text, ["signature"] = signature } },
            })),
            (1, Gen.Bool.Select(_ => (JsonNode?)new JsonObject { ["cachePoint"] = new JsonObject { ["type"] = "default" } })),
            // Text beside another member, or beside a member the model does not have: not the plain form.
            (1, Gen.Select(Text, Name).Select((text, extra) => (JsonNode?)new JsonObject { ["text"] = text, ["x" + extra] = 1 })),
            (1, Text.Select(t => (JsonNode?)new JsonObject { ["text"] = t, ["cachePoint"] = new JsonObject { ["type"] = "default" } })));

        public static readonly Gen<JsonNode?> Message = Gen.Select(Gen.Frequency((4, Gen.Const<string?>("user")), (4, Gen.Const<string?>("assistant")), (1, Gen.Const<string?>((string?)null))), ContentBlock.Array[0, 4], Gen.Int[0, 9])
            .Select((role, blocks, shape) => (JsonNode?)With(new JsonObject(), shape,
                ("role", role == null ? null : JsonValue.Create(role)),
                ("content", shape == 0 ? null : new JsonArray(blocks))));

        private static readonly Gen<JsonNode?> SystemBlock = Gen.Frequency(
            (6, Text.Select(t => (JsonNode?)new JsonObject { ["text"] = t })),
            (1, Gen.Bool.Select(_ => (JsonNode?)new JsonObject { ["cachePoint"] = new JsonObject { ["type"] = "default", ["ttl"] = "1h" } })),
            (1, Text.Select(t => (JsonNode?)new JsonObject { ["guardContent"] = new JsonObject { ["text"] = new JsonObject { ["text"] = t } } })));

        public static readonly Gen<JsonObject> Request = Gen.Select(
                Message.Array[0, 4], SystemBlock.Array[0, 3].Null(0.4),
                Gen.Select(Gen.Int.Nullable(0.4), Gen.Float.Nullable(0.4), Gen.Float[0f, 1f].Nullable(0.4), Text.Array[0, 3].Null(0.5)).Nullable(0.4),
                Gen.Select(Name, Name, Gen.Bool, Gen.Bool).Nullable(0.6),
                AnyJson,
                Gen.Select(Name, Text.Null(0.2)).Array[0, 3].Null(0.6),
                Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3]))
            .Select((messages, system, inference, guardrail, additional, metadata, flags) =>
            {
                var request = new JsonObject { ["messages"] = new JsonArray(messages) };
                if (system != null) request["system"] = new JsonArray(system);
                if (inference != null)
                {
                    var (maxTokens, temperature, topP, stops) = inference.Value;
                    var config = new JsonObject();
                    if (maxTokens != null) config["maxTokens"] = maxTokens;
                    if (temperature != null && float.IsFinite(temperature.Value)) config["temperature"] = temperature;
                    if (topP != null) config["topP"] = topP;
                    if (stops != null) config["stopSequences"] = new JsonArray(stops.Select(s => (JsonNode?)s).ToArray());
                    request["inferenceConfig"] = config;
                }
                if (flags.Item1 == 1)
                {
                    request["toolConfig"] = new JsonObject
                    {
                        ["tools"] = new JsonArray(new JsonObject
                        {
                            ["toolSpec"] = new JsonObject
                            {
                                ["name"] = "lookup",
                                ["description"] = "Looks a thing up.",
                                ["inputSchema"] = new JsonObject { ["json"] = new JsonObject { ["type"] = "object" } },
                            },
                        }),
                        ["toolChoice"] = new JsonObject { ["auto"] = new JsonObject() },
                    };
                }
                if (guardrail != null)
                {
                    var (identifier, version, trace, async) = guardrail.Value;
                    var config = new JsonObject { ["guardrailIdentifier"] = identifier, ["guardrailVersion"] = version };
                    if (trace) config["trace"] = "enabled";
                    if (async) config["streamProcessingMode"] = "async";
                    request["guardrailConfig"] = config;
                }
                if (additional != null) request["additionalModelRequestFields"] = additional;
                if (flags.Item2 == 1) request["promptVariables"] = new JsonObject { ["topic"] = new JsonObject { ["text"] = "tides" } };
                if (flags.Item2 == 2) request["additionalModelResponseFieldPaths"] = new JsonArray("/stop_sequence", "/x");
                if (metadata != null)
                {
                    var map = new JsonObject();
                    foreach (var (key, value) in metadata) map[key] = value;
                    request["requestMetadata"] = map;
                }
                if (flags.Item3 == 1) request["performanceConfig"] = new JsonObject { ["latency"] = "optimized" };
                if (flags.Item3 == 2) request["performanceConfig"] = new JsonObject();
                if (flags.Item4 == 1) request["serviceTier"] = new JsonObject { ["type"] = "flex" };
                if (flags.Item4 == 2)
                {
                    request["outputConfig"] = new JsonObject
                    {
                        ["textFormat"] = new JsonObject
                        {
                            ["type"] = "json_schema",
                            ["structure"] = new JsonObject { ["jsonSchema"] = new JsonObject { ["schema"] = "{\"type\":\"object\"}", ["name"] = "answer" } },
                        },
                    };
                }
                return request;
            });

        private static readonly Gen<JsonNode?> Count = Gen.Frequency((8, Gen.Int[0, 100000].Select(n => (JsonNode?)n)), (1, Gen.Const<JsonNode?>((JsonNode?)null)));

        public static readonly Gen<JsonObject> Usage = Gen.Select(Gen.Int[0, 100000], Gen.Int[0, 100000], Count, Count, Gen.Int[0, 5])
            .Select((input, output, cacheRead, cacheWrite, extra) =>
            {
                var usage = new JsonObject { ["inputTokens"] = input, ["outputTokens"] = output, ["totalTokens"] = input + output };
                if (extra != 1) usage["cacheReadInputTokens"] = cacheRead;
                if (extra != 2) usage["cacheWriteInputTokens"] = cacheWrite;
                if (extra == 3) usage["serverToolUsage"] = new JsonObject(); // a member the model does not have
                if (extra == 4) usage["cacheDetails"] = new JsonArray(new JsonObject { ["ttl"] = "5m", ["inputTokens"] = input });
                return usage;
            });

        public static readonly Gen<JsonObject> Response = Gen.Select(Message, Gen.Int[0, 9], Usage, Gen.Long[0, long.MaxValue], AnyJson, Gen.Int[0, 4], Gen.Int[0, 4])
            .Select((message, shape, usage, latency, additional, optional, extra) =>
            {
                var response = new JsonObject();
                if (shape != 1) response["output"] = shape == 2 ? null : new JsonObject { ["message"] = shape == 3 ? null : message };
                response["stopReason"] = shape == 4 ? null : "end_turn";
                if (shape != 5) response["usage"] = shape == 6 ? null : usage;
                if (shape != 7) response["metrics"] = new JsonObject { ["latencyMs"] = latency };
                if (optional == 1 && additional != null) response["additionalModelResponseFields"] = additional;
                if (optional == 2) response["performanceConfig"] = new JsonObject { ["latency"] = "standard" };
                if (optional == 3) response["serviceTier"] = new JsonObject { ["type"] = "priority" };
                if (optional == 4)
                {
                    response["trace"] = new JsonObject
                    {
                        ["promptRouter"] = new JsonObject { ["invokedModelId"] = "arn:aws:bedrock:us-east-1::foundation-model/x" },
                    };
                }
                if (extra == 1) response["unknownMember"] = new JsonArray(1, 2);
                if (extra == 2) response["requestId"] = "ignored"; // the model's requestId is not a wire member
                return response;
            });

        private static Gen<JsonNode?> Leaf() => Gen.Frequency(
            (2, Text.Select(s => (JsonNode?)s)),
            (1, Gen.Long.Select(n => (JsonNode?)n)),
            (1, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)d)),
            (1, Gen.Bool.Select(b => (JsonNode?)b)),
            (1, Gen.Const<JsonNode?>((JsonNode?)null)));

        private static JsonNode? Object((string, JsonNode?)[] members)
        {
            var node = new JsonObject();
            foreach (var (name, value) in members) node[name] = value; // a repeated name keeps the last value
            return node;
        }

        // Members in an order that depends on the shape, so the readers see members in any order.
        private static JsonObject With(JsonObject target, int shape, params (string Name, JsonNode? Value)[] members)
        {
            var ordered = shape % 2 == 0 ? members : members.Reverse().ToArray();
            foreach (var (name, value) in ordered) target[name] = value;
            return target;
        }
    }
}
