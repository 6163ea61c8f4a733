using System;
using System.Collections.Generic;
using System.Diagnostics;
using BedrockPS.Emulator.Http;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>Everything one operation needs about the request being answered.</summary>
    internal sealed class OperationContext
    {
        public OperationContext(HttpRequest request, HttpExchange exchange, EmulatorEngine engine, string requestId,
            FaultSpec fault, IReadOnlyList<string> pathSegments)
        {
            Request = request;
            Exchange = exchange;
            Engine = engine;
            RequestId = requestId;
            Fault = fault;
            PathSegments = pathSegments;
        }

        public HttpRequest Request { get; }
        public HttpExchange Exchange { get; }
        public EmulatorEngine Engine { get; }
        public string RequestId { get; }
        /// <summary>The fault planned from the header or emulator settings; a scenario rule may add one later.</summary>
        public FaultSpec Fault { get; set; }
        /// <summary>Percent-decoded path segments.</summary>
        public IReadOnlyList<string> PathSegments { get; }
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public List<KeyValuePair<string, string>> BaseHeaders(string contentType)
        {
            return new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("x-amzn-RequestId", RequestId),
                new KeyValuePair<string, string>("Content-Type", contentType),
            };
        }
    }
}
