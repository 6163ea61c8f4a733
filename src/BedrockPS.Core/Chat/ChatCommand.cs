using System;

namespace BedrockPS.Core.Chat
{
    /// <summary>
    /// One line typed in the chat, parsed. Lines starting with '/' are commands; '//' starts a prompt that begins
    /// with a slash.
    /// </summary>
    public sealed class ChatCommand
    {
        private ChatCommand(ChatCommandKind kind, string argument, bool force = false, string? name = null)
        {
            Kind = kind;
            Argument = argument;
            Force = force;
            Name = name;
        }

        /// <summary>What the line asks for: a prompt or one of the slash commands.</summary>
        public ChatCommandKind Kind { get; }

        /// <summary>The prompt text, or what follows the command word (trimmed).</summary>
        public string Argument { get; }

        /// <summary>For /save: -Force (or --force) was given.</summary>
        public bool Force { get; }

        /// <summary>The command word as typed, for messages about unknown commands.</summary>
        public string? Name { get; }

        /// <summary>Parses one typed line; never fails (an unknown command word gives <see cref="ChatCommandKind.Unknown"/>).</summary>
        /// <param name="line">The line as typed, without its line break.</param>
        public static ChatCommand Parse(string line)
        {
            string trimmed = line.Trim();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                return new ChatCommand(ChatCommandKind.Prompt, trimmed.Substring(1));
            }

            if (!trimmed.StartsWith("/", StringComparison.Ordinal))
            {
                return new ChatCommand(ChatCommandKind.Prompt, trimmed);
            }

            int space = trimmed.IndexOfAny(new[] { ' ', '\t' });
            string word = (space < 0 ? trimmed.Substring(1) : trimmed.Substring(1, space - 1)).ToLowerInvariant();
            string argument = space < 0 ? "" : trimmed.Substring(space + 1).Trim();
            switch (word)
            {
                case "exit":
                case "quit":
                case "q":
                    return new ChatCommand(ChatCommandKind.Exit, argument);
                case "clear":
                    return new ChatCommand(ChatCommandKind.Clear, argument);
                case "save":
                    return ParseSave(argument);
                case "system":
                    return new ChatCommand(ChatCommandKind.System, argument);
                case "model":
                    return new ChatCommand(ChatCommandKind.Model, argument);
                case "help":
                case "?":
                    return new ChatCommand(ChatCommandKind.Help, argument);
                default:
                    return new ChatCommand(ChatCommandKind.Unknown, argument, name: "/" + word);
            }
        }

        private static ChatCommand ParseSave(string argument)
        {
            bool force = false;
            string path = argument;
            foreach (string flag in new[] { "-Force", "--force" })
            {
                if (path.EndsWith(" " + flag, StringComparison.OrdinalIgnoreCase) || string.Equals(path, flag, StringComparison.OrdinalIgnoreCase))
                {
                    force = true;
                    path = path.Substring(0, path.Length - flag.Length).Trim();
                }
            }

            // Paths with spaces may be quoted.
            if (path.Length >= 2 && (path[0] == '"' || path[0] == '\'') && path[path.Length - 1] == path[0])
            {
                path = path.Substring(1, path.Length - 2);
            }

            return new ChatCommand(ChatCommandKind.Save, path, force);
        }
    }
}
