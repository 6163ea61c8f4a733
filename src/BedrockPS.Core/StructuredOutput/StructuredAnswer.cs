using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// Reads the JSON a model answered with. The answer must be the JSON value alone; surrounding whitespace and one
    /// Markdown code fence (```json ... ``` or ``` ... ```) are tolerated because models without native structured
    /// output often add them. Prose before or after the JSON is not guessed around: it is a parse finding.
    /// </summary>
    public static class StructuredAnswer
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { MaxDepth = 128 };

        /// <summary>Parses the answer; on failure returns false with a finding that says what is wrong and where.</summary>
        public static bool TryParse(string? text, out JsonElement value, out JsonSchemaFinding? problem)
        {
            value = default;
            problem = null;
            string json = Unfence(text ?? string.Empty);
            if (json.Length == 0)
            {
                problem = new JsonSchemaFinding("", "the answer is empty; answer with the JSON value only.");
                return false;
            }
            try
            {
                // ParseValue gives an element that owns its memory: one parse, no pooled document to clone from.
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), Options);
                value = JsonElement.ParseValue(ref reader);
                if (reader.Read())
                {
                    problem = new JsonSchemaFinding("", "the answer has more text after its JSON value; answer with the JSON value only, no other text.");
                    return false;
                }
                return true;
            }
            catch (JsonException e)
            {
                problem = new JsonSchemaFinding("", "the answer is not valid JSON (" + Describe(e) + "); answer with the JSON value only, no other text.");
                return false;
            }
        }

        /// <summary>The JSON text inside the answer: trimmed, and without a surrounding code fence.</summary>
        public static string Unfence(string text)
        {
            string trimmed = text.Trim().TrimStart('\uFEFF');
            if (!trimmed.StartsWith("```", StringComparison.Ordinal)) return trimmed;
            int firstLineEnd = trimmed.IndexOf('\n');
            if (firstLineEnd < 0) return trimmed;
            string info = trimmed.Substring(3, firstLineEnd - 3).Trim();
            if (info.Length > 0 && !info.Equals("json", StringComparison.OrdinalIgnoreCase)) return trimmed;
            string body = trimmed.Substring(firstLineEnd + 1);
            int close = body.LastIndexOf("```", StringComparison.Ordinal);
            if (close < 0 || body.Substring(close + 3).Trim().Length > 0) return trimmed;
            return body.Substring(0, close).Trim();
        }

        /// <summary>
        /// The message that sends an answer back for repair: what was wrong, then what to do. Kept short, because it
        /// is paid for in tokens on every repaired row.
        /// </summary>
        public static string RepairInstruction(IReadOnlyList<JsonSchemaFinding> findings)
        {
            var text = new StringBuilder("Your previous answer does not match the required JSON schema:\n");
            text.Append(JsonSchemaFinding.Describe(findings));
            text.Append("\nAnswer again with only the corrected JSON, matching the schema exactly.");
            return text.ToString();
        }

        private static string Describe(JsonException e)
        {
            if (e.LineNumber.HasValue && e.BytePositionInLine.HasValue)
            {
                return "line " + (e.LineNumber.Value + 1) + ", position " + (e.BytePositionInLine.Value + 1);
            }
            return e.Message;
        }
    }
}
