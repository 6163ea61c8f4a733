using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>Reads lines from a queue (null once it is empty, like end of input) and records everything written.</summary>
    internal sealed class ScriptedHostUserInterface : PSHostUserInterface
    {
        private readonly Queue<string> lines;
        private readonly StringBuilder screen = new StringBuilder();
        private readonly ScriptedRawUserInterface raw = new ScriptedRawUserInterface();

        public ScriptedHostUserInterface(IEnumerable<string> lines)
        {
            this.lines = new Queue<string>(lines);
        }

        /// <summary>Choices answered by PromptForChoice in order (0 = Yes, 2 = No for ShouldContinue); default choice when empty.</summary>
        public Queue<int> Choices { get; } = new Queue<int>();

        public List<string> ChoicePrompts { get; } = new List<string>();

        public string Screen
        {
            get
            {
                lock (screen)
                {
                    return screen.ToString();
                }
            }
        }

        public override PSHostRawUserInterface RawUI => raw;

        /// <summary>The keyboard, for tests that press keys while an answer streams.</summary>
        public ScriptedRawUserInterface Raw => raw;

        public override string? ReadLine()
        {
            if (lines.Count == 0)
            {
                return null;
            }

            string line = lines.Dequeue();
            Append(line + "\n");
            return line;
        }

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

        public override void Write(string value) => Append(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Append(value);

        public override void WriteLine(string value) => Append(value + "\n");

        public override void WriteErrorLine(string value) => Append("ERROR: " + value + "\n");

        public override void WriteDebugLine(string message) => Append("DEBUG: " + message + "\n");

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override void WriteVerboseLine(string message) => Append("VERBOSE: " + message + "\n");

        public override void WriteWarningLine(string message) => Append("WARNING: " + message + "\n");

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            ChoicePrompts.Add(message);
            return Choices.Count > 0 ? Choices.Dequeue() : defaultChoice;
        }

        private void Append(string text)
        {
            lock (screen)
            {
                screen.Append(text);
            }
        }
    }
}
