using BedrockPS.Core.Chat;
using Xunit;

namespace BedrockPS.Core.Tests.Chat
{
    public class ChatCommandTests
    {
        [Theory]
        [InlineData("hello there", "Prompt", "hello there")]
        [InlineData("  padded  ", "Prompt", "padded")]
        [InlineData("//etc/hosts is a file", "Prompt", "/etc/hosts is a file")]
        [InlineData("/exit", "Exit", "")]
        [InlineData("/QUIT", "Exit", "")]
        [InlineData("/clear", "Clear", "")]
        [InlineData("/system  Be brief.  ", "System", "Be brief.")]
        [InlineData("/model amazon.nova-lite-v1:0", "Model", "amazon.nova-lite-v1:0")]
        [InlineData("/help", "Help", "")]
        [InlineData("/dance now", "Unknown", "now")]
        public void Lines_are_parsed_into_commands(string line, string kind, string argument)
        {
            ChatCommand command = ChatCommand.Parse(line);

            Assert.Equal(kind, command.Kind.ToString());
            Assert.Equal(argument, command.Argument);
        }

        [Theory]
        [InlineData("/save chat.json", "chat.json", false)]
        [InlineData("/save chat.json -Force", "chat.json", true)]
        [InlineData("/save \"my chats/a b.json\" --force", "my chats/a b.json", true)]
        [InlineData("/save", "", false)]
        public void Save_takes_a_path_and_an_optional_force(string line, string path, bool force)
        {
            ChatCommand command = ChatCommand.Parse(line);

            Assert.Equal(ChatCommandKind.Save, command.Kind);
            Assert.Equal(path, command.Argument);
            Assert.Equal(force, command.Force);
        }
    }
}
