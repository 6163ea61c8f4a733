using System;
using System.IO;
using BedrockPS.Core.Chat;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.Models;
using Xunit;

namespace BedrockPS.Core.Tests.Chat
{
    public sealed class ChatCommandRunnerTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-chatcmd-" + Guid.NewGuid().ToString("N"));

        public ChatCommandRunnerTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private string Run(string line, Conversation conversation) =>
            ChatCommandRunner.Run(ChatCommand.Parse(line), conversation, path => Path.Combine(folder, path));

        private static Conversation WithOneTurn()
        {
            var conversation = new Conversation("model-a", "Be brief.");
            conversation.Commit(new[] { Say("user", "hi"), Say("assistant", "hello") }, new TokenUsage { InputTokens = 1, OutputTokens = 1, TotalTokens = 2 });
            return conversation;
        }

        private static Message Say(string role, string text) =>
            new Message { Role = role, Content = { ContentBlock.FromText(text) } };

        [Fact]
        public void System_and_model_are_shown_alone_and_set_with_an_argument()
        {
            var conversation = new Conversation("model-a");

            Assert.Equal("No system prompt.", Run("/system", conversation));
            Assert.Equal("System prompt set.", Run("/system Answer in one line.", conversation));
            Assert.Equal("System prompt: Answer in one line.", Run("/system", conversation));
            Assert.Equal("Model: model-a", Run("/model", conversation));
            Assert.Equal("Now chatting with model-b.", Run("/model model-b", conversation));
            Assert.Equal("model-b", conversation.ModelId);
        }

        [Fact]
        public void Clear_forgets_the_history_but_keeps_the_system_prompt()
        {
            Conversation conversation = WithOneTurn();

            Assert.Equal("History cleared.", Run("/clear", conversation));

            Assert.Equal(0, conversation.Turns);
            Assert.Empty(conversation.Messages);
            Assert.Equal("Be brief.", conversation.System);
        }

        [Fact]
        public void Save_writes_the_session_and_refuses_to_replace_a_file_without_force()
        {
            Conversation conversation = WithOneTurn();
            string path = Path.Combine(folder, "chat.json");

            Assert.Equal("Saved to " + path + ".", Run("/save chat.json", conversation));
            Assert.Equal(1, SessionFileReader.Load(path).Turns);
            Assert.Equal("'" + path + "' already exists; add -Force to replace it.", Run("/save chat.json", conversation));
            Assert.Equal("Saved to " + path + ".", Run("/save chat.json -Force", conversation));
            Assert.Equal("Give a file: /save <path> [-Force].", Run("/save", conversation));
        }

        [Fact]
        public void A_save_that_cannot_write_names_the_file()
        {
            string path = Path.Combine(folder, "no-such-folder", "chat.json");

            var failed = Assert.Throws<ChatSaveException>(() => Run("/save no-such-folder/chat.json", WithOneTurn()));

            Assert.Equal(path, failed.Path);
            Assert.IsAssignableFrom<IOException>(failed.InnerException);
        }

        [Fact]
        public void Help_and_unknown_commands_list_the_commands()
        {
            Assert.Equal(ChatCommandRunner.HelpText, Run("/help", new Conversation()));
            Assert.Equal("Unknown command /dance. " + ChatCommandRunner.HelpText, Run("/dance", new Conversation()));
        }
    }
}
