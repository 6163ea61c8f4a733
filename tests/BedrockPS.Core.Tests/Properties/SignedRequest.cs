using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>A signed request as it goes on the wire, with a way to change one signed character after signing.</summary>
    public sealed class SignedRequest
    {
        private readonly List<(string Name, string Value)> headers;

        public SignedRequest(string method, string target, List<(string Name, string Value)> headers, byte[] body)
        {
            Method = method;
            Target = target;
            this.headers = headers;
            Body = body;
        }

        public string Method { get; }

        public string Target { get; private set; }

        public byte[] Body { get; }

        public byte[] Render()
        {
            var head = new StringBuilder();
            head.Append(Method).Append(' ').Append(Target).Append(" HTTP/1.1\r\n");
            foreach (var (name, value) in headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }
            head.Append("Content-Length: ").Append(Body.Length).Append("\r\nConnection: close\r\n\r\n");
            return Encoding.ASCII.GetBytes(head.ToString()).Concat(Body).ToArray();
        }

        /// <summary>
        /// Changes one letter or digit of part 0 path, 1 query, 2 a signed header value (generated, X-Amz-Date or
        /// X-Amz-Content-SHA256), 3 the body (one byte), 4 the path again; to a character that differs even ignoring
        /// case, so no canonical form can make the two equal. Returns what was changed, or null when the part has
        /// nothing to change.
        /// </summary>
        public string? ChangeOne(int part, int where, char replacement)
        {
            switch (part)
            {
                case 0:
                case 4:
                {
                    int q = Target.IndexOf('?');
                    string path = q < 0 ? Target : Target.Substring(0, q);
                    string? changed = ChangeChar(path, where, replacement);
                    if (changed == null)
                    {
                        return null;
                    }
                    Target = changed + (q < 0 ? "" : Target.Substring(q));
                    return "path";
                }
                case 1:
                {
                    int q = Target.IndexOf('?');
                    if (q < 0)
                    {
                        return null;
                    }
                    string? changed = ChangeChar(Target.Substring(q + 1), where, replacement);
                    if (changed == null)
                    {
                        return null;
                    }
                    Target = Target.Substring(0, q + 1) + changed;
                    return "query";
                }
                case 2:
                {
                    var signed = Enumerable.Range(0, headers.Count)
                        .Where(i => headers[i].Name.StartsWith("x-test-", StringComparison.Ordinal)
                                    || headers[i].Name == "X-Amz-Date" || headers[i].Name == "X-Amz-Content-SHA256")
                        .ToList();
                    int index = signed[where % signed.Count];
                    string? changed = ChangeChar(headers[index].Value, where / signed.Count, replacement);
                    if (changed == null)
                    {
                        return null;
                    }
                    headers[index] = (headers[index].Name, changed);
                    return "header " + headers[index].Name;
                }
                default:
                {
                    if (Body.Length == 0)
                    {
                        return null;
                    }
                    Body[where % Body.Length] ^= (byte)(1 + replacement % 255);
                    return "body";
                }
            }
        }

        private static string? ChangeChar(string text, int where, char replacement)
        {
            var positions = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiLetterOrDigit(text[i])).ToList();
            if (positions.Count == 0)
            {
                return null;
            }
            int at = positions[where % positions.Count];
            if (char.ToUpperInvariant(text[at]) == char.ToUpperInvariant(replacement))
            {
                replacement = char.IsAsciiDigit(replacement) ? (replacement == '9' ? '0' : (char)(replacement + 1)) : (char.ToUpperInvariant(replacement) == 'Z' ? 'a' : (char)(replacement + 1));
            }
            return text.Substring(0, at) + replacement + text.Substring(at + 1);
        }

        public override string ToString() =>
            Method + " " + Target + " [" + string.Join("; ", headers.Select(h => h.Name + ": " + h.Value)) + "] body " + Body.Length + " bytes";
    }
}
