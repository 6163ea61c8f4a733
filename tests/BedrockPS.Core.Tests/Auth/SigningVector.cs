using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace BedrockPS.Core.Tests.Auth
{
    /// <summary>A raw HTTP request of the SigV4 test suites, parsed into what the signer takes.</summary>
    public sealed class SigningVector
    {
        public string Method { get; private set; } = "";

        public string Target { get; private set; } = "";

        public string Host { get; private set; } = "";

        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public byte[] Body { get; private set; } = Array.Empty<byte>();


        public static SigningVector Parse(string path)
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var vector = new SigningVector();
            int blank = text.IndexOf("\n\n", StringComparison.Ordinal);
            var head = blank >= 0 ? text.Substring(0, blank) : text;
            if (blank >= 0)
            {
                vector.Body = Encoding.UTF8.GetBytes(text.Substring(blank + 2));
            }
            var lines = head.Split('\n');
            var requestLine = lines[0];
            int firstSpace = requestLine.IndexOf(' ');
            int lastSpace = requestLine.LastIndexOf(' ');
            vector.Method = requestLine.Substring(0, firstSpace);
            vector.Target = requestLine.Substring(firstSpace + 1, lastSpace - firstSpace - 1);
            string? lastName = null;
            foreach (var line in lines.Skip(1))
            {
                if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && lastName != null)
                {
                    // Folded header value: continues the previous header.
                    vector.Headers[lastName] += "\n" + line;
                    continue;
                }
                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    continue;
                }
                var name = line.Substring(0, colon);
                var value = line.Substring(colon + 1);
                if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
                {
                    vector.Host = value.Trim();
                }
                else if (vector.Headers.TryGetValue(name, out var existing))
                {
                    vector.Headers[name] = existing + "," + value;
                }
                else
                {
                    vector.Headers[name] = value;
                }
                lastName = name;
            }
            return vector;
        }
    }
}
