using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Finds the generated text in one InvokeModelWithResponseStream chunk for the common native formats
    /// (Anthropic Messages, Amazon Nova and Titan, Meta Llama, Mistral, Cohere Command R). Unknown shapes give null.
    /// </summary>
    internal static class NativeStreamText
    {
        public static string? Extract(JsonElement chunk)
        {
            if (chunk.ValueKind != JsonValueKind.Object) return null;

            // Anthropic Messages: {"type":"content_block_delta","delta":{"type":"text_delta","text":"..."}}
            if (String(chunk, "type") == "content_block_delta" && chunk.TryGetProperty("delta", out JsonElement delta))
                return String(delta, "text");

            // Amazon Nova: {"contentBlockDelta":{"delta":{"text":"..."}}}
            if (chunk.TryGetProperty("contentBlockDelta", out JsonElement novaDelta) && novaDelta.ValueKind == JsonValueKind.Object
                && novaDelta.TryGetProperty("delta", out JsonElement novaInner))
                return String(novaInner, "text");

            // Amazon Titan text: {"outputText":"..."}; Meta Llama: {"generation":"..."}
            string? direct = String(chunk, "outputText") ?? String(chunk, "generation");
            if (direct != null) return direct;

            // Mistral completion: {"outputs":[{"text":"..."}]}; Mistral chat: {"choices":[{"message"|"delta":{"content":"..."}}]}
            if (chunk.TryGetProperty("outputs", out JsonElement outputs) && outputs.ValueKind == JsonValueKind.Array)
                return Join(outputs, item => String(item, "text"));
            if (chunk.TryGetProperty("choices", out JsonElement choices) && choices.ValueKind == JsonValueKind.Array)
            {
                return Join(choices, item =>
                {
                    if (item.ValueKind != JsonValueKind.Object) return null;
                    if (item.TryGetProperty("delta", out JsonElement d)) return String(d, "content");
                    if (item.TryGetProperty("message", out JsonElement m)) return String(m, "content");
                    return String(item, "text");
                });
            }

            // Cohere Command R: {"event_type":"text-generation","text":"..."}
            if (String(chunk, "event_type") == "text-generation") return String(chunk, "text");
            return null;
        }

        private static string? String(JsonElement element, string name)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String)
                return value.GetString();
            return null;
        }

        private static string? Join(JsonElement array, System.Func<JsonElement, string?> pick)
        {
            StringBuilder? builder = null;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string? text = pick(item);
                if (text == null) continue;
                (builder ??= new StringBuilder()).Append(text);
            }
            return builder?.ToString();
        }
    }
}
