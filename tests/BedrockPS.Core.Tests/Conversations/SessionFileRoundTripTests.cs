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
using Xunit;

namespace BedrockPS.Core.Tests.Conversations
{
    public class SessionFileRoundTripTests : IDisposable
    {
        /// <summary>Every kind of content block, in the Converse wire shape.</summary>
        internal const string AllBlocksJson = """
        [
          {"role":"user","content":[
            {"text":"Look at these, please. Ünïcødé ✓ \"quoted\" \n new line"},
            {"image":{"format":"png","source":{"bytes":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}}},
            {"image":{"format":"jpeg","source":{"s3Location":{"uri":"s3://bucket/key.jpg","bucketOwner":"123456789012"}}}},
            {"document":{"format":"pdf","name":"report","source":{"bytes":"JVBERi0xLjQKJcfs"},"context":"quarterly","citations":{"enabled":true}}},
            {"document":{"format":"txt","name":"notes","source":{"text":"plain notes"}}},
            {"document":{"format":"md","name":"chunks","source":{"content":[{"text":"chunk one"},{"text":"chunk two"}]}}},
            {"video":{"format":"mp4","source":{"bytes":"AAAAIGZ0eXBpc29t"}}},
            {"audio":{"format":"wav","source":{"bytes":"UklGRiQAAABXQVZF"}}},
            {"guardContent":{"text":{"text":"check this","qualifiers":["guard_content","query"]}}},
            {"guardContent":{"image":{"format":"png","source":{"bytes":"iVBORw0KGgo="}}}},
            {"searchResult":{"source":"https://example.com","title":"Example","content":[{"text":"found text"}],"citations":{"enabled":true}}},
            {"cachePoint":{"type":"default","ttl":"1h"}}
          ]},
          {"role":"assistant","content":[
            {"reasoningContent":{"reasoningText":{"text":"Thinking about it.","signature":"EqoBCkgIARABGAIiQL3Nsig=="}}},
            {"reasoningContent":{"redactedContent":"c2VjcmV0IHJlYXNvbmluZw=="}},
            {"citationsContent":{"content":[{"text":"Paris is the capital."}],"citations":[
              {"title":"Atlas","source":"atlas.pdf","sourceContent":[{"text":"capital: Paris"}],"location":{"documentChar":{"documentIndex":0,"start":3,"end":17}}},
              {"title":"Web","location":{"web":{"url":"https://example.com/paris","domain":"example.com"}}},
              {"location":{"documentPage":{"documentIndex":1,"start":2,"end":3}}},
              {"location":{"documentChunk":{"documentIndex":0,"start":0,"end":1}}},
              {"location":{"searchResultLocation":{"searchResultIndex":0,"start":0,"end":9}}}
            ]}},
            {"text":"I will call a tool."},
            {"toolUse":{"toolUseId":"tooluse_abc-123","name":"get_weather","input":{"city":"Paris","days":[1,2.5,-3e2],"nested":{"deep":{"flag":true,"none":null}}}}},
            {"toolUse":{"toolUseId":"srv_1","name":"web_search","input":{},"type":"server_tool_use"}}
          ]},
          {"role":"user","content":[
            {"toolResult":{"toolUseId":"tooluse_abc-123","status":"success","content":[
              {"json":{"temp":21.5,"unit":"C","list":[{"a":1}]}},
              {"text":"sunny"},
              {"image":{"format":"webp","source":{"bytes":"UklGRg=="}}},
              {"document":{"format":"csv","name":"data","source":{"bytes":"YSxiCjEsMg=="}}}
            ]}},
            {"toolResult":{"toolUseId":"srv_1","status":"error","content":[{"text":"failed"}]}}
          ]},
          {"role":"assistant","content":[{"text":"Done."}]}
        ]
        """;

        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-session-" + Guid.NewGuid().ToString("N"));

        public SessionFileRoundTripTests()
        {
            Directory.CreateDirectory(folder);
        }

        public void Dispose()
        {
            Directory.Delete(folder, recursive: true);
        }

        internal static Conversation FullConversation()
        {
            var conversation = new Conversation("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "You are terse.\nAlways.")
            {
                InferenceConfig = new InferenceConfiguration { MaxTokens = 512, Temperature = 0.25f, TopP = 0.9f, StopSequences = new List<string> { "END", "STOP" } },
                Turns = 2,
                InputTokens = 1234,
                OutputTokens = 567,
                TotalTokens = 1801,
                CacheReadInputTokens = 40,
                CacheWriteInputTokens = 60,
            };
            conversation.ReplaceMessages(BedrockJson.Deserialize<List<Message>>(AllBlocksJson)!);
            using JsonDocument schema = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"enum\":[\"Paris\",\"Oslo\"]}},\"required\":[\"city\"]}");
            conversation.SetTool(new ConversationTool("get_weather", "Weather of a city", schema.RootElement, "Get-Weather", tag: new object()));
            conversation.SetTool(new ConversationTool("web_search", null, JsonDocument.Parse("{}").RootElement));
            return conversation;
        }

        private static byte[] WriteToBytes(Conversation conversation)
        {
            using var stream = new MemoryStream();
            SessionFileWriter.Write(conversation, stream);
            return stream.ToArray();
        }

        [Fact]
        public void Roundtrip_keeps_every_content_block_exactly()
        {
            Conversation original = FullConversation();

            Conversation loaded = SessionFileReader.Read(WriteToBytes(original));

            JsonNode expected = JsonNode.Parse(AllBlocksJson)!;
            JsonNode actual = JsonNode.Parse(BedrockJson.Serialize(loaded.Messages))!;
            Assert.True(JsonNode.DeepEquals(expected, actual), "Messages changed on the way:\n" + actual.ToJsonString());
            Assert.Equal(original.Messages[0].Content[1].Image!.Source!.Bytes, loaded.Messages[0].Content[1].Image!.Source!.Bytes);
            Assert.Equal("EqoBCkgIARABGAIiQL3Nsig==", loaded.Messages[1].Content[0].ReasoningContent!.ReasoningText!.Signature);
            Assert.Equal(Encoding.UTF8.GetBytes("secret reasoning"), loaded.Messages[1].Content[1].ReasoningContent!.RedactedContent);
        }

        [Fact]
        public void Roundtrip_keeps_model_settings_tools_and_totals()
        {
            Conversation original = FullConversation();

            Conversation loaded = SessionFileReader.Read(WriteToBytes(original));

            Assert.Equal(original.ModelId, loaded.ModelId);
            Assert.Equal(original.System, loaded.System);
            Assert.Equal(512, loaded.InferenceConfig!.MaxTokens);
            Assert.Equal(0.25f, loaded.InferenceConfig.Temperature);
            Assert.Equal(0.9f, loaded.InferenceConfig.TopP);
            Assert.Equal(new[] { "END", "STOP" }, loaded.InferenceConfig.StopSequences);
            Assert.Equal(2, loaded.Turns);
            Assert.Equal((1234L, 567L, 1801L, 40L, 60L), (loaded.InputTokens, loaded.OutputTokens, loaded.TotalTokens, loaded.CacheReadInputTokens, loaded.CacheWriteInputTokens));
            Assert.Equal(new[] { "get_weather", "web_search" }, loaded.Tools.Select(t => t.Name));
            Assert.Equal("Get-Weather", loaded.Tools[0].CommandName);
            Assert.Null(loaded.Tools[0].Tag);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original.Tools[0].InputSchema.GetRawText()), JsonNode.Parse(loaded.Tools[0].InputSchema.GetRawText())));
            Assert.Null(loaded.Tools[1].Description);
        }

        [Fact]
        public void Written_file_is_versioned_json_and_a_second_roundtrip_is_identical()
        {
            byte[] first = WriteToBytes(FullConversation());
            using JsonDocument document = JsonDocument.Parse(first);
            Assert.Equal(1, document.RootElement.GetProperty("formatVersion").GetInt32());

            byte[] second = WriteToBytes(SessionFileReader.Read(first));

            static string WithoutDate(byte[] bytes) => System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(bytes), "\"savedAt\": \"[^\"]*\"", "");
            Assert.Equal(WithoutDate(first), WithoutDate(second));
        }

        [Fact]
        public void Save_writes_atomically_and_refuses_to_overwrite_unless_asked()
        {
            string path = Path.Combine(folder, "chat.json");
            SessionFileWriter.Save(FullConversation(), path, overwrite: false);
            byte[] before = File.ReadAllBytes(path);

            var conversation = new Conversation("amazon.nova-lite-v1:0");
            Assert.Throws<IOException>(() => SessionFileWriter.Save(conversation, path, overwrite: false));
            Assert.Equal(before, File.ReadAllBytes(path));

            SessionFileWriter.Save(conversation, path, overwrite: true);
            Assert.Equal("amazon.nova-lite-v1:0", SessionFileReader.Load(path).ModelId);
            Assert.Equal(new[] { "chat.json" }, Directory.GetFiles(folder).Select(Path.GetFileName));
        }

        [Fact]
        public void Save_into_a_missing_folder_fails_without_leaving_files()
        {
            string path = Path.Combine(folder, "missing", "chat.json");

            Assert.Throws<DirectoryNotFoundException>(() => SessionFileWriter.Save(FullConversation(), path, overwrite: true));
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }

        [Fact]
        public void Ten_thousand_turns_export_and_import_whole()
        {
            var conversation = new Conversation("us.anthropic.claude-haiku-4-5-20251001-v1:0", "system");
            var history = new List<Message>();
            for (int i = 0; i < 10_000; i++)
            {
                history.Add(new Message { Role = "user", Content = { ContentBlock.FromText("Question number " + i + " about something moderately long to be realistic.") } });
                history.Add(new Message { Role = "assistant", Content = { ContentBlock.FromText("Answer number " + i + ": a reply of a few dozen words would be typical for a chat like this one.") } });
            }

            conversation.ReplaceMessages(history);
            conversation.Turns = 10_000;
            string path = Path.Combine(folder, "long.json");
            SessionFileWriter.Save(conversation, path, overwrite: false);
            Conversation loaded = SessionFileReader.Load(path);

            Assert.Equal(20_000, loaded.Messages.Count);
            Assert.Equal("Answer number 9999: a reply of a few dozen words would be typical for a chat like this one.", loaded.Messages[19_999].Content[0].Text);
        }
    }
}
