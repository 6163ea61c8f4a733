using System.Collections.Generic;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// Reads Converse answers from a parsed document, member by member, with the serializer's rules (names matched
    /// exactly, unknown members ignored, the last of repeated members kept). The serializer builds its metadata by
    /// reflection over the whole response type graph on first use, which a fresh process pays on its first call;
    /// here the usual answer (text blocks, stop reason, usage, metrics) is read directly, and any object the reader
    /// does not take as it is (another block kind, a trace, a value of an unexpected kind) is handed whole to the
    /// serializer, which then reads it, or fails on it, exactly as before.
    /// </summary>
    internal static class ConverseResponseReader
    {
        /// <summary>Reads a Converse response body.</summary>
        /// <param name="utf8Json">The body.</param>
        /// <returns>The response; null for a JSON null.</returns>
        /// <exception cref="JsonException">The body is not JSON, or does not fit the response shape.</exception>
        public static ConverseResponse? Read(byte[] utf8Json) => HandReadFallback.Read(utf8Json, TryReadResponse);

        /// <summary>Reads a Converse response from an element (a batch output record's <c>modelOutput</c>).</summary>
        /// <param name="element">The element; nothing of the result refers to it.</param>
        /// <returns>The response; null for a JSON null.</returns>
        /// <exception cref="JsonException">The element does not fit the response shape.</exception>
        public static ConverseResponse? Read(JsonElement element) => HandReadFallback.Read(element, TryReadResponse);

        // Null when the answer is not read by hand (then the serializer reads all of it).
        private static ConverseResponse? TryReadResponse(JsonElement element)
        {
            var response = new ConverseResponse();
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "output":
                        response.Output = value.ValueKind == JsonValueKind.Null ? null
                            : TryReadOutput(value, out var output) ? output : HandReadFallback.BySerializer<ConverseOutput>(value);
                        break;
                    case "stopReason":
                        if (!TryReadString(value, out var stopReason))
                        {
                            return null;
                        }
                        response.StopReason = stopReason;
                        break;
                    case "usage":
                        response.Usage = ReadUsage(value);
                        break;
                    case "metrics":
                        response.Metrics = ReadMetrics(value);
                        break;
                    case "additionalModelResponseFields":
                        if (value.ValueKind == JsonValueKind.Null)
                        {
                            return null;
                        }
                        response.AdditionalModelResponseFields = value.Clone();
                        break;
                    case "trace":
                        response.Trace = ReadTrace(value);
                        break;
                    case "performanceConfig":
                        response.PerformanceConfig = ReadPerformanceConfig(value);
                        break;
                    case "serviceTier":
                        response.ServiceTier = ReadServiceTier(value);
                        break;
                }
            }
            return response;
        }

        /// <summary>Token counts, as in an answer or a stream's metadata event.</summary>
        internal static TokenUsage? ReadUsage(JsonElement value)
        {
            return value.ValueKind == JsonValueKind.Null ? null : TryReadUsage(value, out var usage) ? usage : HandReadFallback.BySerializer<TokenUsage>(value);
        }

        /// <summary>The service's latency figure, as in an answer or a stream's metadata event.</summary>
        internal static ConverseMetrics? ReadMetrics(JsonElement value)
        {
            return value.ValueKind == JsonValueKind.Null ? null : TryReadMetrics(value, out var metrics) ? metrics : HandReadFallback.BySerializer<ConverseMetrics>(value);
        }

        /// <summary>A guardrail or prompt-router trace: always read by the serializer (rare, and a deep shape).</summary>
        internal static ConverseTrace? ReadTrace(JsonElement value)
        {
            return value.ValueKind == JsonValueKind.Null ? null : HandReadFallback.BySerializer<ConverseTrace>(value);
        }

        /// <summary>The latency setting the answer was served with.</summary>
        internal static PerformanceConfiguration? ReadPerformanceConfig(JsonElement value)
        {
            return value.ValueKind == JsonValueKind.Null ? null
                : TryReadSingleString(value, "latency", out var latency) ? new PerformanceConfiguration { Latency = latency }
                : HandReadFallback.BySerializer<PerformanceConfiguration>(value);
        }

        /// <summary>The service tier the answer was served on.</summary>
        internal static ServiceTier? ReadServiceTier(JsonElement value)
        {
            return value.ValueKind == JsonValueKind.Null ? null
                : TryReadSingleString(value, "type", out var tier) ? new ServiceTier { Type = tier }
                : HandReadFallback.BySerializer<ServiceTier>(value);
        }

        /// <summary>A string member: null or a string; false for any other kind (the serializer then reports it).</summary>
        internal static bool TryReadString(JsonElement value, out string? text)
        {
            text = null;
            if (value.ValueKind == JsonValueKind.Null)
            {
                return true;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                return false;
            }
            text = value.GetString();
            return true;
        }

        private static bool TryReadOutput(JsonElement element, out ConverseOutput output)
        {
            output = new ConverseOutput();
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name == "message")
                {
                    JsonElement value = member.Value;
                    output.Message = value.ValueKind == JsonValueKind.Null ? null
                        : TryReadMessage(value, out var message) ? message : HandReadFallback.BySerializer<Message>(value);
                }
            }
            return true;
        }

        private static bool TryReadMessage(JsonElement element, out Message message)
        {
            message = new Message();
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "role":
                        if (!TryReadString(value, out var role))
                        {
                            return false;
                        }
                        message.Role = role!;
                        break;
                    case "content":
                        if (value.ValueKind == JsonValueKind.Null)
                        {
                            message.Content = null!;
                            break;
                        }
                        if (value.ValueKind != JsonValueKind.Array)
                        {
                            return false;
                        }
                        var blocks = new List<ContentBlock>(value.GetArrayLength());
                        foreach (JsonElement item in value.EnumerateArray())
                        {
                            blocks.Add(TryReadTextOnly(item, out var text) ? ContentBlock.FromText(text) : HandReadFallback.BySerializer<ContentBlock>(item));
                        }
                        message.Content = blocks;
                        break;
                }
            }
            return true;
        }

        /// <summary>
        /// The usual content block or text delta: <c>{"text": "..."}</c> and nothing else. Anything more (or a null)
        /// is for the serializer.
        /// </summary>
        internal static bool TryReadTextOnly(JsonElement element, out string text)
        {
            text = string.Empty;
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            bool found = false;
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name != "text" || member.Value.ValueKind != JsonValueKind.String)
                {
                    return false;
                }
                text = member.Value.GetString()!;
                found = true;
            }
            return found;
        }

        private static bool TryReadUsage(JsonElement element, out TokenUsage usage)
        {
            usage = new TokenUsage();
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "inputTokens":
                        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var input))
                        {
                            return false;
                        }
                        usage.InputTokens = input;
                        break;
                    case "outputTokens":
                        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var output))
                        {
                            return false;
                        }
                        usage.OutputTokens = output;
                        break;
                    case "totalTokens":
                        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var total))
                        {
                            return false;
                        }
                        usage.TotalTokens = total;
                        break;
                    case "cacheReadInputTokens":
                        if (!TryReadOptionalInt(value, out var cacheRead))
                        {
                            return false;
                        }
                        usage.CacheReadInputTokens = cacheRead;
                        break;
                    case "cacheWriteInputTokens":
                        if (!TryReadOptionalInt(value, out var cacheWrite))
                        {
                            return false;
                        }
                        usage.CacheWriteInputTokens = cacheWrite;
                        break;
                    case "cacheDetails":
                        // Prompt caching's per-TTL split: rare enough to leave the whole usage to the serializer.
                        return false;
                }
            }
            return true;
        }

        private static bool TryReadMetrics(JsonElement element, out ConverseMetrics metrics)
        {
            metrics = new ConverseMetrics();
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name == "latencyMs")
                {
                    if (member.Value.ValueKind != JsonValueKind.Number || !member.Value.TryGetInt64(out var latency))
                    {
                        return false;
                    }
                    metrics.LatencyMs = latency;
                }
            }
            return true;
        }

        // An object whose one known member is a string (performanceConfig's latency, serviceTier's type).
        private static bool TryReadSingleString(JsonElement element, string name, out string? value)
        {
            value = null;
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name == name && !TryReadString(member.Value, out value))
                {
                    return false;
                }
            }
            return true;
        }

        private static bool TryReadOptionalInt(JsonElement value, out int? number)
        {
            number = null;
            if (value.ValueKind == JsonValueKind.Null)
            {
                return true;
            }
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var parsed))
            {
                return false;
            }
            number = parsed;
            return true;
        }
    }
}
