using System;
using System.Management.Automation.Host;

namespace BedrockPS.Chat
{
    /// <summary>
    /// Holds what the user typed while an answer was streaming and hands it back at the next prompts: finished lines
    /// become prompts of their own, an unfinished one is shown and completed by the next ReadLine.
    /// </summary>
    internal sealed class TypeAheadBuffer
    {
        private string pending = "";

        internal void Add(string typed)
        {
            pending += typed;
        }

        /// <summary>The next line: from the buffer when it holds a whole line, else the rest read from the host.</summary>
        internal string? ReadLine(PSHostUserInterface ui, Func<string?> readLine)
        {
            int end = pending.IndexOf('\n');
            if (end >= 0)
            {
                string line = pending.Substring(0, end);
                pending = pending.Substring(end + 1);
                ui.WriteLine(line);
                return line;
            }

            string start = pending;
            pending = "";
            if (start.Length > 0)
            {
                ui.Write(start);
            }

            string? rest = readLine();
            return rest == null && start.Length == 0 ? null : start + rest;
        }
    }
}
