using System.Globalization;
using System.Text.Json;
using BedrockPS.Core.EventStreams;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Transport
{
    /// <summary>Reads response bodies, event payloads and Bedrock headers into the typed models.</summary>
    internal static class ResponseReader
    {
        internal static ConverseStreamEvent ToConverseStreamEvent(StreamEvent frame, string? requestId)
        {
            var streamEvent = new ConverseStreamEvent { Kind = frame.EventType, RequestId = requestId };
            switch (frame.EventType)
            {
                case "messageStart":
                    streamEvent.MessageStart = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<MessageStartEvent>);
                    break;
                case "contentBlockStart":
                    streamEvent.ContentBlockStart = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<ContentBlockStartEvent>);
                    break;
                case "contentBlockDelta":
                    streamEvent.ContentBlockDelta = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<ContentBlockDeltaEvent>);
                    break;
                case "contentBlockStop":
                    streamEvent.ContentBlockStop = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<ContentBlockStopEvent>);
                    break;
                case "messageStop":
                    streamEvent.MessageStop = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<MessageStopEvent>);
                    break;
                case "metadata":
                    streamEvent.Metadata = ParsePayload(frame.Payload, frame.EventType, requestId, ConverseStreamEventReader.Read<ConverseStreamMetadataEvent>);
                    break;
            }
            return streamEvent;
        }

        internal static T ParsePayload<T>(byte[] payload, string what, string? requestId)
            where T : class
        {
            return ParsePayload(payload, what, requestId, BedrockJson.Deserialize<T>);
        }

        internal static T ParsePayload<T>(byte[] payload, string what, string? requestId, System.Func<byte[], T?> read)
            where T : class
        {
            try
            {
                return read(payload) ?? throw InvalidResponse(what, "the payload is null", requestId);
            }
            catch (JsonException exception)
            {
                throw InvalidResponse(what, exception.Message, requestId);
            }
        }

        internal static T ParseBody<T>(TransportResponse response, string operation)
            where T : class
        {
            return ParseBody(response, operation, BedrockJson.Deserialize<T>);
        }

        /// <summary>Reads a body with a reader of its own (Converse answers are read without the serializer's metadata).</summary>
        internal static T ParseBody<T>(TransportResponse response, string operation, System.Func<byte[], T?> read)
            where T : class
        {
            var body = response.Body ?? System.Array.Empty<byte>();
            try
            {
                return read(body) ?? throw InvalidResponse(operation, "the body is null", response.RequestId);
            }
            catch (JsonException exception)
            {
                throw InvalidResponse(operation, exception.Message, response.RequestId);
            }
        }

        internal static BedrockServiceException InvalidResponse(string operation, string detail, string? requestId)
        {
            return new BedrockServiceException(BedrockErrorCodes.InvalidResponse, $"{operation}: the response could not be read ({detail}).") { RequestId = requestId };
        }

        internal static int? IntHeader(TransportResponse response, string name)
        {
            var text = response.Header(name);
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        }

        internal static long? LongHeader(TransportResponse response, string name)
        {
            var text = response.Header(name);
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (long?)null;
        }
    }
}
