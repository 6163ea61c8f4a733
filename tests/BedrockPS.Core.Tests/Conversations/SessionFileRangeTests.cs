using System.IO;
using System.Text;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using Xunit;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>
    /// Found by the session file property tests: a temperature beyond float's range loaded as infinity, and the
    /// session then failed on its next export (and would have on its next request). It is refused when read.
    /// </summary>
    public sealed class SessionFileRangeTests
    {
        [Theory]
        [InlineData("temperature", "-1.5e300")]
        [InlineData("topP", "1e39")]
        public void A_setting_beyond_the_range_of_a_float_is_refused(string member, string number)
        {
            string json = "{\"formatVersion\":1,\"modelId\":\"amazon.nova-lite-v1:0\",\"inferenceConfig\":{\"" + member + "\":" + number + "},\"messages\":[]}";

            var error = Assert.Throws<SessionFileException>(() => SessionFileReader.Read(Encoding.UTF8.GetBytes(json), null, "/tmp/range.json"));

            Assert.Contains("too large", error.Reason);
        }

        [Fact]
        public void A_setting_within_range_still_loads_and_exports()
        {
            string json = "{\"formatVersion\":1,\"modelId\":\"amazon.nova-lite-v1:0\",\"inferenceConfig\":{\"temperature\":0.5,\"topP\":1},\"messages\":[]}";

            Conversation loaded = SessionFileReader.Read(Encoding.UTF8.GetBytes(json));

            Assert.Equal(0.5f, loaded.InferenceConfig!.Temperature);
            using var stream = new MemoryStream();
            SessionFileWriter.Write(loaded, stream);
        }
    }
}
