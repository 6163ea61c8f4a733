using System.Collections.Generic;
using System.Net.Http;

namespace BedrockPS.Core.Transport
{
    /// <summary>One operation call as the transport sends it: path already percent-encoded, body already serialized.</summary>
    internal sealed class OperationRequest
    {
        public OperationRequest(string operation, ServicePlane plane, HttpMethod method, string encodedPath)
        {
            Operation = operation;
            Plane = plane;
            Method = method;
            EncodedPath = encodedPath;
        }

        /// <summary>Operation name for logs and errors (Converse, InvokeModel, ...).</summary>
        public string Operation { get; }

        public ServicePlane Plane { get; }

        public HttpMethod Method { get; }

        public string EncodedPath { get; }

        public List<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>();

        public byte[]? Body { get; set; }

        public string? ContentType { get; set; }

        /// <summary>The response is an event stream: return once the headers are in, without buffering the body.</summary>
        public bool IsStreaming { get; set; }
    }
}
