using System.Linq;
using System.Text;
using CsCheck;

namespace BedrockPS.Emulator.Tests.Properties
{
    /// <summary>
    /// Generators of what a confused or hostile client may send: plain noise, and request-shaped bytes whose request
    /// line, headers, lengths and chunk sizes are drawn from the values that trip parsers (negative, huge, hex, empty).
    /// </summary>
    internal static class HttpBytes
    {
        private static readonly Gen<string> Word = Gen.String[Gen.Char["abcXYZ019-_/%?&=:. \t"], 0, 12];

        private static readonly Gen<string> Number = Gen.OneOf(
            Gen.Const("0"), Gen.Const("-1"), Gen.Const("99999999999999999999"), Gen.Const("2147483648"), Gen.Const("27262977"),
            Gen.Const("0x10"), Gen.Const(" 5 "), Gen.Const(""), Gen.Int[0, 300].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private static readonly Gen<string> RequestLine = Gen.Select(
                Gen.OneOf(Gen.Const("GET"), Gen.Const("POST"), Gen.Const(""), Word),
                Gen.OneOf(Gen.Const("/model/x/converse"), Gen.Const("/foundation-models"), Gen.Const(""), Gen.Const("/%"), Gen.Const("/%zz/%E1"), Word),
                Gen.OneOf(Gen.Const("HTTP/1.1"), Gen.Const("HTTP/1.0"), Gen.Const("HTTP/2"), Word),
                Gen.Int[0, 3])
            .Select((method, target, version, spaces) => method + new string(' ', spaces) + target + " " + version);

        private static readonly Gen<string> HeaderLine = Gen.OneOf(
            Number.Select(n => "Content-Length: " + n),
            Gen.Const("Transfer-Encoding: chunked"),
            Gen.Const("Expect: 100-continue"),
            Gen.Const("Connection: close"),
            Gen.Const("Authorization: AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=00"),
            Gen.Const("Authorization: Bearer nonsense"),
            Gen.Const("X-Amz-Date: 20990101T000000Z"),
            Gen.Const("x-bedrockps-emulator-fault: garbage"),
            Word.Select(w => w + ": " + w),
            Word);

        private static readonly Gen<string> Chunk = Gen.Select(Gen.OneOf(Number, Gen.Const("ffffffff"), Gen.Const("7fffffff"), Gen.Const("zz")), Word)
            .Select((size, data) => size + "\r\n" + data + "\r\n");

        private static readonly Gen<byte[]> RequestShaped = Gen.Select(RequestLine, HeaderLine.Array[0, 6], Gen.OneOf(Word, Chunk.Array[0, 3].Select(string.Concat)), Gen.Bool)
            .Select((line, headers, body, crlf) =>
            {
                string eol = crlf ? "\r\n" : "\n";
                return Encoding.ASCII.GetBytes(line + eol + string.Concat(headers.Select(h => h + eol)) + eol + body);
            });

        /// <summary>Noise, request-shaped bytes, or request-shaped bytes with some bytes overwritten.</summary>
        public static readonly Gen<byte[]> Any = Gen.Frequency(
            (1, Gen.Byte.Array[0, 300]),
            (3, RequestShaped),
            (1, Gen.Select(RequestShaped, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 4]).Select((bytes, changes) =>
            {
                if (bytes.Length == 0)
                {
                    return bytes;
                }
                foreach (var (where, value) in changes)
                {
                    bytes[where % bytes.Length] = value;
                }
                return bytes;
            })));
    }
}
