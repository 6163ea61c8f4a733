using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using CsCheck;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>Generated sessions through the session file writer and reader. A failing case prints its seed.</summary>
    public sealed class SessionFileProperties
    {
        private static readonly Gen<string> GenText = Gen.String[Gen.Frequency(
            (8, Gen.Char['a', 'z']), (2, Gen.Char[" \n\t\"\\/{}[],:"]), (2, Gen.Char["äß✓€日本ሴ\u0001\u001f\u2028"]), (1, Gen.Char['\u0100', '\ud7ff'])), 0, 40];

        // Any JSON value a tool input may hold: numbers of every shape, nulls, unicode strings, nested arrays and objects.
        private static readonly Gen<JsonNode?> GenJson = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 4
            ? Leaf()
            : Gen.Frequency(
                (3, Leaf()),
                (1, inner.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
                (1, Gen.Select(GenText, inner).Array[0, 4].Select(ToObject))));

        private static readonly Gen<JsonObject> GenToolInput = Gen.Select(GenText, GenJson).Array[0, 5].Select(ToObject).Select(o => (JsonObject)o!);

        private static readonly Gen<JsonNode> GenBlock = Gen.Frequency(
            (3, GenText.Select(t => (JsonNode)new JsonObject { ["text"] = t })),
            (1, Gen.Select(Gen.String[Gen.Char['a', 'z'], 1, 12], GenToolInput).Select((name, input) =>
                (JsonNode)new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = "tooluse_" + name, ["name"] = name, ["input"] = input } })));

        private static readonly Gen<JsonArray> GenMessages = Gen.Select(Gen.Bool, GenBlock.Array[1, 4]).Array[0, 6]
            .Select(messages => new JsonArray(messages.Select(m => (JsonNode?)new JsonObject
            {
                ["role"] = m.Item1 ? "user" : "assistant",
                ["content"] = new JsonArray(m.Item2.Cast<JsonNode?>().ToArray()),
            }).ToArray()));

        private static readonly Gen<Conversation> GenConversation = Gen.Select(
                GenText.Null(0.2), GenMessages, Gen.Int[0, 1000], Gen.Long[0, long.MaxValue / 4], Gen.Int[1, 8192].Nullable(0.3), Gen.Float[0f, 1f].Nullable(0.3))
            .Select((system, messages, turns, tokens, maxTokens, temperature) => WithHistory(new Conversation("us.anthropic.claude-haiku-4-5-20251001-v1:0", system)
            {
                Turns = turns,
                InputTokens = tokens,
                OutputTokens = tokens / 3,
                TotalTokens = tokens + tokens / 3,
                InferenceConfig = maxTokens == null && temperature == null ? null : new InferenceConfiguration { MaxTokens = maxTokens, Temperature = temperature },
            }, BedrockJson.Deserialize<List<Message>>(messages.ToJsonString())!));

        private static Conversation WithHistory(Conversation conversation, List<Message> history)
        {
            conversation.ReplaceMessages(history);
            return conversation;
        }

        [Fact]
        public void Any_session_exports_and_imports_identical()
        {
            // Property: reading back what the writer wrote gives the same model, system prompt, settings, totals and
            // messages (compared as JSON, so every number, null and character of a tool input is kept), and a
            // second export is byte-for-byte the first apart from its timestamp.
            GenConversation.Sample(original =>
            {
                byte[] first = Export(original);
                Conversation loaded = SessionFileReader.Read(first);

                Assert.Equal(original.ModelId, loaded.ModelId);
                Assert.Equal(original.System, loaded.System);
                Assert.Equal((original.Turns, original.InputTokens, original.OutputTokens, original.TotalTokens), (loaded.Turns, loaded.InputTokens, loaded.OutputTokens, loaded.TotalTokens));
                Assert.Equal(original.InferenceConfig?.MaxTokens, loaded.InferenceConfig?.MaxTokens);
                Assert.Equal(original.InferenceConfig?.Temperature, loaded.InferenceConfig?.Temperature);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(BedrockJson.Serialize(original.Messages)), JsonNode.Parse(BedrockJson.Serialize(loaded.Messages))),
                    "Messages changed:\n" + BedrockJson.Serialize(loaded.Messages));
                Assert.Equal(WithoutTimestamp(first), WithoutTimestamp(Export(loaded)));
            }, iter: 200);
        }

        [Fact]
        public void Any_corruption_is_refused_as_an_invalid_session_file_or_loads_whole()
        {
            // Property: a session file that was cut short, had bytes changed, inserted or removed, or had a value
            // replaced by one of another type, either loads as a complete session (which exports again) or fails
            // with SessionFileException and its path; no other exception escapes and nothing partial is returned.
            Gen.Select(GenConversation, Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Byte).Sample((original, kind, where, value) =>
            {
                byte[] corrupted = Corrupt(Export(original), kind, where, value);

                Conversation? loaded = null;
                try
                {
                    loaded = SessionFileReader.Read(corrupted, null, "/sessions/generated.json");
                }
                catch (SessionFileException error)
                {
                    Assert.Equal("/sessions/generated.json", error.Path);
                    Assert.False(string.IsNullOrWhiteSpace(error.Reason));
                    return;
                }

                // A changed member name can drop an optional member (unknown members are skipped by design); what
                // loads must still be a consistent session.
                Assert.All(loaded.Messages, m => Assert.NotNull(m.Content));
                Export(loaded);
            }, iter: 600);
        }

        private static byte[] Corrupt(byte[] file, int kind, int where, byte value)
        {
            int at = where % file.Length;
            var bytes = file.ToList();
            switch (kind)
            {
                case 0:
                    return file.Take(at).ToArray(); // cut short
                case 1:
                    bytes[at] = value; // one byte replaced
                    return bytes.ToArray();
                case 2:
                    bytes.Insert(at, value); // one byte inserted
                    return bytes.ToArray();
                case 3:
                    bytes.RemoveAt(at); // one byte removed
                    return bytes.ToArray();
                default:
                    return JsonValueReplacer.ReplaceAValue(file, where, value);
            }
        }

        private static JsonNode? ToObject((string Name, JsonNode? Value)[] members)
        {
            var obj = new JsonObject();
            foreach (var (name, value) in members)
            {
                obj[name] = value; // a repeated name keeps the last value, as a parser would
            }
            return obj;
        }

        private static Gen<JsonNode?> Leaf() => Gen.Frequency(
            (1, Gen.Const(() => (JsonNode?)null)),
            (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
            (2, Gen.Long.Select(n => (JsonNode?)JsonValue.Create(n))),
            (2, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d))),
            (2, GenText.Select(s => (JsonNode?)JsonValue.Create(s))));

        private static byte[] Export(Conversation conversation)
        {
            using var stream = new MemoryStream();
            SessionFileWriter.Write(conversation, stream);
            return stream.ToArray();
        }

        private static string WithoutTimestamp(byte[] file) =>
            System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(file), "\"savedAt\": \"[^\"]*\"", "");
    }
}
