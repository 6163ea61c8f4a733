using System;
using System.IO;
using System.Text;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using Xunit;

namespace BedrockPS.Core.Tests.Conversations
{
    public class SessionFileHostileInputTests
    {
        private const string Valid = "{\"formatVersion\":1,\"modelId\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"hi\"}]}]}";

        private static SessionFileException Refused(string json, SessionFileLimits? limits = null)
        {
            return Assert.Throws<SessionFileException>(() => SessionFileReader.Read(Encoding.UTF8.GetBytes(json), limits, "/tmp/x.json"));
        }

        [Fact]
        public void A_minimal_valid_file_is_accepted()
        {
            Conversation conversation = SessionFileReader.Read(Encoding.UTF8.GetBytes(Valid));
            Assert.Equal("m", conversation.ModelId);
            Assert.Single(conversation.Messages);
        }

        [Fact]
        public void A_byte_order_mark_is_accepted()
        {
            byte[] bom = new byte[] { 0xEF, 0xBB, 0xBF };
            byte[] bytes = new byte[bom.Length + Valid.Length];
            bom.CopyTo(bytes, 0);
            Encoding.UTF8.GetBytes(Valid).CopyTo(bytes, bom.Length);

            Assert.Equal("m", SessionFileReader.Read(bytes).ModelId);
        }

        [Fact]
        public void Deep_nesting_is_refused()
        {
            string deep = "{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"toolUse\":{\"toolUseId\":\"a\",\"name\":\"b\",\"input\":"
                + new string('[', 100_000) + new string(']', 100_000) + "}}]}]}";

            SessionFileException error = Refused(deep);

            Assert.Contains("nested deeper than 64", error.Message);
            Assert.Equal("/tmp/x.json", error.Path);
        }

        [Fact]
        public void Huge_strings_are_refused()
        {
            string json = "{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"" + new string('a', 5000) + "\"}]}]}";

            SessionFileException error = Refused(json, new SessionFileLimits { MaxStringBytes = 4096 });

            Assert.Contains("string of 5000 bytes", error.Reason);
        }

        [Fact]
        public void Files_over_the_size_limit_are_refused_before_parsing()
        {
            SessionFileException error = Refused(Valid, new SessionFileLimits { MaxFileBytes = 20 });

            Assert.Contains("more than the 20 bytes", error.Reason);
        }

        [Fact]
        public void Truncated_files_are_refused_as_truncated()
        {
            byte[] whole;
            using (var stream = new MemoryStream())
            {
                SessionFileWriter.Write(SessionFileRoundTripTests.FullConversation(), stream);
                whole = stream.ToArray();
            }

            foreach (int length in new[] { whole.Length / 3, whole.Length / 2, whole.Length - 2 })
            {
                byte[] cut = new byte[length];
                Array.Copy(whole, cut, length);
                SessionFileException error = Assert.Throws<SessionFileException>(() => SessionFileReader.Read(cut));
                Assert.Contains("truncated", error.Reason);
            }
        }

        [Theory]
        [InlineData("", "empty")]
        [InlineData("not json at all", "not valid JSON")]
        [InlineData("[1,2,3]", "does not hold a JSON object")]
        [InlineData("{\"messages\":[]}", "'formatVersion' is missing")]
        [InlineData("{\"formatVersion\":\"1\",\"messages\":[]}", "'formatVersion' is missing or not a whole number")]
        [InlineData("{\"formatVersion\":3,\"messages\":[]}", "newer than this module reads")]
        [InlineData("{\"formatVersion\":0,\"messages\":[]}", "does not exist")]
        [InlineData("{\"formatVersion\":1}", "'messages' is missing")]
        [InlineData("{\"formatVersion\":1,\"messages\":\"hello\"}", "messages must be an array")]
        [InlineData("{\"formatVersion\":1,\"modelId\":42,\"messages\":[]}", "modelId must be a string")]
        [InlineData("{\"formatVersion\":1,\"turns\":-1,\"messages\":[]}", "turns must be a whole number")]
        [InlineData("{\"formatVersion\":1,\"usage\":{\"inputTokens\":\"many\"},\"messages\":[]}", "usage.inputTokens must be a whole number")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"system\",\"content\":[{\"text\":\"x\"}]}]}", "messages[0].role must be")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[]}]}", "messages[0].content must be a non-empty array")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"a\",\"image\":{}}]}]}", "exactly one member")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"hologram\":{}}]}]}", "unknown kind 'hologram'")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":5}]}]}", "messages[0] has a value of the wrong type")]
        [InlineData("{\"formatVersion\":1,\"messages\":[{\"role\":\"user\",\"content\":[{\"image\":{\"format\":\"png\",\"source\":{\"bytes\":\"@@not base64@@\"}}}]}]}", "messages[0]")]
        [InlineData("{\"formatVersion\":1,\"tools\":[{\"name\":\"bad name!\",\"inputSchema\":{}}],\"messages\":[]}", "tools[0].name is not a valid tool name")]
        [InlineData("{\"formatVersion\":1,\"tools\":[{\"name\":\"ok\",\"inputSchema\":\"{}\"}],\"messages\":[]}", "tools[0].inputSchema must be a JSON object")]
        [InlineData("{\"formatVersion\":1,\"inferenceConfig\":{\"maxTokens\":\"lots\"},\"messages\":[]}", "wrong type")]
        public void Bad_files_are_refused_with_a_reason(string json, string expectedReason)
        {
            SessionFileException error = Refused(json);

            Assert.Contains(expectedReason, error.Reason);
            Assert.Contains("/tmp/x.json", error.Message);
        }

        [Fact]
        public void Loading_a_missing_file_says_so()
        {
            Assert.Throws<FileNotFoundException>(() => SessionFileReader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")));
        }
    }
}
