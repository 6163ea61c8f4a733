using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// Reads ConverseStream event payloads with the serializer's rules, by hand for the events of a text answer
    /// (message start, text deltas, block stop, message stop, metadata) and through the serializer for the rest
    /// (block starts, tool, reasoning and citation deltas, traces), as <see cref="ConverseResponseReader"/> does for
    /// whole answers: a fresh process's first streamed answer then builds no reflection metadata.
    /// </summary>
    internal static class ConverseStreamEventReader
    {
        /// <summary>Reads an event payload as <typeparamref name="T"/>.</summary>
        /// <typeparam name="T">One of the ConverseStream event payload types.</typeparam>
        /// <param name="payload">The event's JSON payload.</param>
        /// <returns>The event; null for a JSON null.</returns>
        /// <exception cref="JsonException">The payload is not JSON or does not fit the event's shape.</exception>
        public static T? Read<T>(byte[] payload)
            where T : class
        {
            return HandReadFallback.Read(payload, root => root.ValueKind != JsonValueKind.Object ? null
                : typeof(T) == typeof(ContentBlockDeltaEvent) ? TryReadDelta(root) as T
                : typeof(T) == typeof(MessageStartEvent) ? TryReadMessageStart(root) as T
                : typeof(T) == typeof(ContentBlockStopEvent) ? TryReadBlockStop(root) as T
                : typeof(T) == typeof(MessageStopEvent) ? TryReadMessageStop(root) as T
                : typeof(T) == typeof(ConverseStreamMetadataEvent) ? TryReadMetadata(root) as T
                : null);
        }

        private static ContentBlockDeltaEvent? TryReadDelta(JsonElement element)
        {
            var result = new ContentBlockDeltaEvent();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "contentBlockIndex":
                        if (!TryReadIndex(value, out var index))
                        {
                            return null;
                        }
                        result.ContentBlockIndex = index;
                        break;
                    case "delta":
                        result.Delta = value.ValueKind == JsonValueKind.Null ? null
                            : ConverseResponseReader.TryReadTextOnly(value, out var text) ? new ContentBlockDelta { Text = text }
                            : HandReadFallback.BySerializer<ContentBlockDelta>(value);
                        break;
                }
            }
            return result;
        }

        private static MessageStartEvent? TryReadMessageStart(JsonElement element)
        {
            var result = new MessageStartEvent();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name == "role")
                {
                    if (!ConverseResponseReader.TryReadString(member.Value, out var role))
                    {
                        return null;
                    }
                    result.Role = role;
                }
            }
            return result;
        }

        private static ContentBlockStopEvent? TryReadBlockStop(JsonElement element)
        {
            var result = new ContentBlockStopEvent();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                if (member.Name == "contentBlockIndex")
                {
                    if (!TryReadIndex(member.Value, out var index))
                    {
                        return null;
                    }
                    result.ContentBlockIndex = index;
                }
            }
            return result;
        }

        private static MessageStopEvent? TryReadMessageStop(JsonElement element)
        {
            var result = new MessageStopEvent();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "stopReason":
                        if (!ConverseResponseReader.TryReadString(value, out var stopReason))
                        {
                            return null;
                        }
                        result.StopReason = stopReason;
                        break;
                    case "additionalModelResponseFields":
                        if (value.ValueKind == JsonValueKind.Null)
                        {
                            return null;
                        }
                        result.AdditionalModelResponseFields = value.Clone();
                        break;
                }
            }
            return result;
        }

        private static ConverseStreamMetadataEvent TryReadMetadata(JsonElement element)
        {
            var result = new ConverseStreamMetadataEvent();
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonElement value = member.Value;
                switch (member.Name)
                {
                    case "usage":
                        result.Usage = ConverseResponseReader.ReadUsage(value);
                        break;
                    case "metrics":
                        result.Metrics = ConverseResponseReader.ReadMetrics(value);
                        break;
                    case "trace":
                        result.Trace = ConverseResponseReader.ReadTrace(value);
                        break;
                    case "performanceConfig":
                        result.PerformanceConfig = ConverseResponseReader.ReadPerformanceConfig(value);
                        break;
                    case "serviceTier":
                        result.ServiceTier = ConverseResponseReader.ReadServiceTier(value);
                        break;
                }
            }
            return result;
        }

        private static bool TryReadIndex(JsonElement value, out int index)
        {
            index = 0;
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out index);
        }
    }
}
