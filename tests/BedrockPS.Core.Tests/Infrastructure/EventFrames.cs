using System.Collections.Generic;
using System.Text;
using Amazon.Runtime.EventStreams;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>Builds event-stream frames as the service sends them (encoded with AWSSDK.Core's encoder).</summary>
    public static class EventFrames
    {
        public static byte[] Event(string eventType, string json)
        {
            return Encode(new[] { (":event-type", eventType), (":content-type", "application/json"), (":message-type", "event") }, json);
        }

        public static byte[] Exception(string exceptionType, string json)
        {
            return Encode(new[] { (":exception-type", exceptionType), (":content-type", "application/json"), (":message-type", "exception") }, json);
        }

        public static byte[] Error(string code, string message)
        {
            return Encode(new[] { (":error-code", code), (":error-message", message), (":message-type", "error") }, "");
        }

        private static byte[] Encode((string Name, string Value)[] headers, string payload)
        {
            var list = new List<IEventStreamHeader>();
            foreach (var (name, value) in headers)
            {
                var header = new EventStreamHeader(name);
                header.SetString(value);
                list.Add(header);
            }
            return new EventStreamMessage(list, Encoding.UTF8.GetBytes(payload)).ToByteArray();
        }
    }
}
