using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Generation
{
    /// <summary>
    /// The emulator's one tokenization rule: a token is a whitespace-separated word. Input tokens count every word of the
    /// system prompt, message texts, tool results, tool-use inputs and tool definitions (name, description, schema JSON).
    /// Converse usage, CountTokens and the InvokeModel headers all use it.
    /// </summary>
    internal static class TokenCounter
    {
        public static int Count(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return 0;
            }
            int count = 0;
            bool inWord = false;
            foreach (char c in text!)
            {
                bool space = char.IsWhiteSpace(c);
                if (!space && !inWord)
                {
                    count++;
                }
                inWord = !space;
            }
            return count;
        }

        public static int CountInput(GenerationRequest request)
        {
            int total = 0;
            foreach (string text in request.System)
            {
                total += Count(text);
            }
            foreach (var message in request.Messages)
            {
                total += CountMessage(message);
            }
            foreach (var tool in request.Tools)
            {
                total += CountTool(tool);
            }
            return total;
        }

        public static int CountMessage(ChatMessage message)
        {
            int total = 0;
            foreach (string text in message.Texts)
            {
                total += Count(text);
            }
            foreach (string text in message.ToolResults)
            {
                total += Count(text);
            }
            foreach (string text in message.ToolUseInputs)
            {
                total += Count(text);
            }
            return total;
        }

        public static int CountTool(ToolDefinition tool) => Count(tool.Name) + Count(tool.Description) + Count(tool.Schema?.ToJsonString());

        /// <summary>Splits text into deltas of one word each, the whitespace before a word staying with it.</summary>
        public static List<string> SplitIntoDeltas(string text)
        {
            var deltas = new List<string>();
            var current = new StringBuilder();
            bool seenWord = false;
            foreach (char c in text)
            {
                bool space = char.IsWhiteSpace(c);
                if (space && seenWord)
                {
                    deltas.Add(current.ToString());
                    current.Clear();
                    seenWord = false;
                }
                current.Append(c);
                if (!space)
                {
                    seenWord = true;
                }
            }
            if (current.Length > 0)
            {
                if (seenWord || deltas.Count == 0)
                {
                    deltas.Add(current.ToString());
                }
                else
                {
                    deltas[deltas.Count - 1] += current.ToString();
                }
            }
            return deltas;
        }

        public static int CountJson(JsonNode? node) => Count(node?.ToJsonString());
    }
}
