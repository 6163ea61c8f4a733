using System;
using System.Collections.Generic;
using System.Text;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>A request as the loopback server received it, raw path included.</summary>
    public sealed class RecordedRequest
    {
        public string Method { get; set; } = "";

        /// <summary>The request target exactly as sent (still percent-encoded).</summary>
        public string RawTarget { get; set; } = "";

        public string RawPath => RawTarget.Split('?')[0];

        public string Query => RawTarget.Contains('?') ? RawTarget.Substring(RawTarget.IndexOf('?') + 1) : "";

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] Body { get; set; } = Array.Empty<byte>();

        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }
}
