using System.Collections.Generic;
using System.Text;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// One way an answer misses its schema: where (a JSON pointer into the answer, "" for the whole answer) and
    /// what is wrong, in words a model can act on when the answer is sent back for repair.
    /// </summary>
    public sealed class JsonSchemaFinding
    {
        /// <summary>Creates a finding.</summary>
        /// <param name="path">RFC 6901 JSON pointer into the answer; empty for the root.</param>
        /// <param name="message">What is wrong, in words a model can act on.</param>
        public JsonSchemaFinding(string path, string message)
        {
            Path = path;
            Message = message;
        }

        /// <summary>RFC 6901 JSON pointer to the offending value; empty for the root.</summary>
        public string Path { get; }

        /// <summary>What is wrong with the value, in plain words.</summary>
        public string Message { get; }

        /// <summary>"pointer: message", with "(root)" for the whole answer.</summary>
        public override string ToString() => (Path.Length == 0 ? "(root)" : Path) + ": " + Message;

        /// <summary>The findings as one text, one per line (for error messages and repair prompts).</summary>
        public static string Describe(IReadOnlyList<JsonSchemaFinding> findings)
        {
            var text = new StringBuilder();
            foreach (JsonSchemaFinding finding in findings)
            {
                if (text.Length > 0) text.Append('\n');
                text.Append("- ").Append(finding);
            }
            return text.ToString();
        }
    }
}
