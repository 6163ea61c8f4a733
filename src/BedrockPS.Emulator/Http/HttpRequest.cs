using System;
using System.Collections.Generic;
using System.Text;

namespace BedrockPS.Emulator.Http
{
    /// <summary>One parsed HTTP/1.1 request. The raw path is kept because SigV4 signs the wire form.</summary>
    internal sealed class HttpRequest
    {
        public HttpRequest(string method, string rawTarget, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
        {
            Method = method;
            RawTarget = rawTarget;
            Headers = headers;
            Body = body;
            int q = rawTarget.IndexOf('?');
            RawPath = q < 0 ? rawTarget : rawTarget.Substring(0, q);
            RawQuery = q < 0 ? string.Empty : rawTarget.Substring(q + 1);
        }

        public string Method { get; }
        public string RawTarget { get; }
        public string RawPath { get; }
        public string RawQuery { get; }
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
        public byte[] Body { get; }

        public string BodyText => Encoding.UTF8.GetString(Body);

        /// <summary>The first value of a header (case-insensitive), or null.</summary>
        public string? Header(string name)
        {
            foreach (var pair in Headers)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Value;
                }
            }
            return null;
        }

        /// <summary>All values of a header, in wire order.</summary>
        public List<string> HeaderValues(string name)
        {
            var values = new List<string>();
            foreach (var pair in Headers)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    values.Add(pair.Value);
                }
            }
            return values;
        }

        /// <summary>Query parameters, percent-decoded, in wire order.</summary>
        public List<KeyValuePair<string, string>> QueryParameters()
        {
            var result = new List<KeyValuePair<string, string>>();
            if (RawQuery.Length == 0)
            {
                return result;
            }
            foreach (var part in RawQuery.Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }
                int eq = part.IndexOf('=');
                string name = eq < 0 ? part : part.Substring(0, eq);
                string value = eq < 0 ? string.Empty : part.Substring(eq + 1);
                result.Add(new KeyValuePair<string, string>(PercentDecode(name, true), PercentDecode(value, true)));
            }
            return result;
        }

        public string? Query(string name)
        {
            foreach (var pair in QueryParameters())
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }
            return null;
        }

        /// <summary>Decodes %XX sequences as UTF-8; '+' becomes a space only in query strings.</summary>
        public static string PercentDecode(string text, bool plusIsSpace)
        {
            if (text.IndexOf('%') < 0 && (!plusIsSpace || text.IndexOf('+') < 0))
            {
                return text;
            }
            var bytes = new List<byte>(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
                {
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else if (c == '+' && plusIsSpace)
                {
                    bytes.Add((byte)' ');
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                }
            }
            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
