using BedrockPS.Chat;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    public class TypeAheadBufferTests
    {
        [Fact]
        public void Finished_lines_typed_ahead_become_the_next_prompts_before_the_host_is_asked()
        {
            var ui = new ScriptedHostUserInterface(new[] { "from host" });
            var buffer = new TypeAheadBuffer();
            buffer.Add("first\nsecond\n");

            Assert.Equal("first", buffer.ReadLine(ui, ui.ReadLine));
            Assert.Equal("second", buffer.ReadLine(ui, ui.ReadLine));
            Assert.Equal("from host", buffer.ReadLine(ui, ui.ReadLine));
            Assert.Null(buffer.ReadLine(ui, ui.ReadLine));
        }

        [Fact]
        public void An_unfinished_line_is_shown_and_completed_by_the_host()
        {
            var ui = new ScriptedHostUserInterface(new[] { " world" });
            var buffer = new TypeAheadBuffer();
            buffer.Add("hello");

            Assert.Equal("hello world", buffer.ReadLine(ui, ui.ReadLine));
            Assert.StartsWith("hello", ui.Screen);
        }
    }
}
