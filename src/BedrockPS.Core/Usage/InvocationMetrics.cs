using System;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.Usage
{
    /// <summary>
    /// Reads the token counts Bedrock adds to the last chunk of every InvokeModelWithResponseStream answer
    /// ("amazon-bedrock-invocationMetrics"), whatever the model family's own chunk format.
    /// </summary>
    internal static class InvocationMetrics
    {
        private static readonly byte[] Marker = Encoding.UTF8.GetBytes("\"amazon-bedrock-invocationMetrics\"");

        /// <summary>Reads the invocation metrics from a stream chunk, when it carries them.</summary>
        /// <param name="chunk">The chunk's payload bytes (the model's JSON); null gives false.</param>
        /// <param name="inputTokens">inputTokenCount, or 0.</param>
        /// <param name="outputTokens">outputTokenCount, or 0.</param>
        /// <param name="cacheReadInputTokens">cacheReadInputTokenCount, or 0.</param>
        /// <param name="cacheWriteInputTokens">cacheWriteInputTokenCount, or 0.</param>
        /// <returns>True when the chunk is a JSON object with an "amazon-bedrock-invocationMetrics" object; false otherwise, including malformed JSON.</returns>
        public static bool TryRead(byte[]? chunk, out long inputTokens, out long outputTokens, out long cacheReadInputTokens, out long cacheWriteInputTokens)
        {
            inputTokens = outputTokens = cacheReadInputTokens = cacheWriteInputTokens = 0;
            // Only the last chunk carries them: skip parsing every other chunk.
            if (chunk == null || chunk.AsSpan().IndexOf(Marker) < 0) return false;
            try
            {
                using JsonDocument document = JsonDocument.Parse(chunk);
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("amazon-bedrock-invocationMetrics", out JsonElement metrics)
                    || metrics.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }
                inputTokens = Count(metrics, "inputTokenCount");
                outputTokens = Count(metrics, "outputTokenCount");
                cacheReadInputTokens = Count(metrics, "cacheReadInputTokenCount");
                cacheWriteInputTokens = Count(metrics, "cacheWriteInputTokenCount");
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static long Count(JsonElement metrics, string name) =>
            metrics.TryGetProperty(name, out JsonElement value) && value.TryGetInt64(out long count) && count >= 0 ? count : 0;
    }
}
