using System;
using System.IO;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;

namespace BedrockPS.Core.Chat
{
    /// <summary>
    /// Carries out a chat's slash commands on its conversation and says what to show. /save resolves its path through
    /// the caller (PowerShell paths are relative to the current location) and lets a failed write surface as
    /// <see cref="ChatSaveException"/> naming the file.
    /// </summary>
    public static class ChatCommandRunner
    {
        /// <summary>What /help shows.</summary>
        public const string HelpText =
            "Commands: /clear (forget the history), /save <path> [-Force] (save the session), /system <text> (set the system prompt; " +
            "/system alone shows it), /model <id> (switch model; /model alone shows it), /help, /exit. Start a prompt with // to send a leading '/'.";

        /// <summary>Applies <paramref name="command"/> (not a prompt, not /exit) and returns the line to show.</summary>
        /// <param name="command">The parsed line.</param>
        /// <param name="conversation">The chat's conversation, changed by /clear, /system and /model.</param>
        /// <param name="resolvePath">Turns the path given to /save into a full path.</param>
        /// <exception cref="ChatSaveException">/save could not write its file.</exception>
        public static string Run(ChatCommand command, Conversation conversation, Func<string, string> resolvePath)
        {
            if (command == null) throw new ArgumentNullException(nameof(command));
            if (conversation == null) throw new ArgumentNullException(nameof(conversation));
            switch (command.Kind)
            {
                case ChatCommandKind.Clear:
                    conversation.Clear();
                    return "History cleared.";
                case ChatCommandKind.System:
                    if (command.Argument.Length == 0)
                        return conversation.System == null ? "No system prompt." : "System prompt: " + conversation.System;
                    conversation.System = command.Argument;
                    return "System prompt set.";
                case ChatCommandKind.Model:
                    if (command.Argument.Length == 0) return "Model: " + conversation.ModelId;
                    conversation.ModelId = command.Argument;
                    return "Now chatting with " + command.Argument + ".";
                case ChatCommandKind.Save:
                    return Save(command, conversation, resolvePath ?? throw new ArgumentNullException(nameof(resolvePath)));
                case ChatCommandKind.Help:
                    return HelpText;
                default:
                    return "Unknown command " + command.Name + ". " + HelpText;
            }
        }

        private static string Save(ChatCommand command, Conversation conversation, Func<string, string> resolvePath)
        {
            if (command.Argument.Length == 0) return "Give a file: /save <path> [-Force].";
            string fullPath = resolvePath(command.Argument);
            if (File.Exists(fullPath) && !command.Force) return "'" + fullPath + "' already exists; add -Force to replace it.";
            try
            {
                SessionFileWriter.Save(conversation, fullPath, overwrite: command.Force);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new ChatSaveException(fullPath, ex);
            }
            return "Saved to " + fullPath + ".";
        }
    }
}
