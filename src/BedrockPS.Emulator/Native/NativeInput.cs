using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Helpers shared by the native formats: the service's malformed-body message and typed member access.</summary>
    internal static class NativeInput
    {
        public static ServiceError Malformed(string detail) =>
            ServiceError.Validation("Malformed input request: " + detail + ", please reformat your input and try again.");

        public static string RequiredString(JsonObject body, string member)
        {
            JsonNode? node = body[member] ?? throw Malformed("#: required key [" + member + "] not found");
            if (node is JsonValue value && value.TryGetValue(out string? text))
            {
                return text!;
            }
            throw Malformed("#/" + member + ": expected type: String, found: " + Kind(node));
        }

        public static int? OptionalInt(JsonObject body, string member, int minimum)
        {
            JsonNode? node = body[member];
            if (node == null)
            {
                return null;
            }
            if (!(node is JsonValue value) || !value.TryGetValue(out double number) || number != System.Math.Floor(number))
            {
                throw Malformed("#/" + member + ": expected type: Integer, found: " + Kind(node));
            }
            if (number < minimum)
            {
                throw Malformed("#/" + member + ": " + number + " is not greater or equal to " + minimum);
            }
            return (int)number;
        }

        public static int RequiredInt(JsonObject body, string member, int minimum) =>
            OptionalInt(body, member, minimum) ?? throw Malformed("#: required key [" + member + "] not found");

        public static JsonArray? OptionalArray(JsonObject body, string member)
        {
            JsonNode? node = body[member];
            if (node == null)
            {
                return null;
            }
            return node as JsonArray ?? throw Malformed("#/" + member + ": expected type: JSONArray, found: " + Kind(node));
        }

        /// <summary>The last user turn of a chat-template prompt (Llama 3 headers or [INST] blocks), else the prompt itself.</summary>
        public static string LastUserTextOfPrompt(string prompt)
        {
            var llama = Regex.Matches(prompt, "<\\|start_header_id\\|>user<\\|end_header_id\\|>(.*?)(<\\|eot_id\\|>|$)", RegexOptions.Singleline);
            if (llama.Count > 0)
            {
                return llama[llama.Count - 1].Groups[1].Value.Trim();
            }
            var inst = Regex.Matches(prompt, "\\[INST\\](.*?)\\[/INST\\]", RegexOptions.Singleline);
            if (inst.Count > 0)
            {
                string text = inst[inst.Count - 1].Groups[1].Value;
                text = Regex.Replace(text, "<<SYS>>.*?<</SYS>>", string.Empty, RegexOptions.Singleline);
                return text.Trim();
            }
            return prompt.Replace("<|begin_of_text|>", string.Empty).Replace("<s>", string.Empty).Trim();
        }

        private static string Kind(JsonNode node)
        {
            switch (node)
            {
                case JsonObject _: return "JSONObject";
                case JsonArray _: return "JSONArray";
                default: return node.GetValueKind().ToString();
            }
        }
    }
}
