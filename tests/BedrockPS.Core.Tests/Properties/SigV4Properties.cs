using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Amazon.Runtime;
using BedrockPS.Core.Auth;
using BedrockPS.Emulator;
using CsCheck;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>
    /// Requests with generated paths, query strings, headers and bodies, signed by Core's SigV4 signer and sent as raw
    /// bytes to a running emulator, whose verifier shares no code with the signer. A failing case prints its seed.
    /// </summary>
    public sealed class SigV4Properties : IDisposable
    {
        private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        private static readonly string[] AuthErrors = { "InvalidSignatureException", "IncompleteSignatureException" };

        private readonly BedrockEmulator emulator = BedrockEmulator.Start(new EmulatorOptions());

        // One piece of a path segment or query word as it goes on the wire: an unreserved character, a raw
        // sub-delimiter, a percent-escape of any ASCII byte, or percent-escaped UTF-8 text. Escapes of bytes that are
        // not UTF-8 are left out: no client produces them, and signer and verifier both read queries as text.
        private static readonly Gen<string> GenWirePiece = Gen.Frequency(
            (6, Gen.Char[Unreserved].Select(c => c.ToString())),
            (2, Gen.Char["!$'()*,;=:@"].Select(c => c.ToString())),
            (2, Gen.Byte[0, 127].Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.String[Gen.Char["äé✓€日本ሴ"], 1, 2].Select(Uri.EscapeDataString)));

        private static readonly Gen<string> GenSegment = GenWirePiece.Array[1, 6].Select(p => string.Concat(p)).Where(s => s != "." && s != "..");

        private static readonly Gen<string> GenQuery = Gen.Select(GenWirePiece.Array[1, 4], GenWirePiece.Array[0, 4])
            .Select((name, value) => string.Concat(name) + "=" + string.Concat(value)).Array[0, 4].Select(pairs => string.Join("&", pairs));

        private static readonly Gen<(string Name, string Value)> GenHeader = Gen.Select(
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 1, 12].Select(n => "x-test-" + n),
            Gen.String[Gen.Char[" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"], 0, 40]);

        private static readonly Gen<SignedRequestParts> GenRequest = Gen.Select(
            Gen.Bool, GenSegment.Array[1, 4], GenQuery, GenHeader.Array[0, 4], Gen.Byte.Array[0, 200])
            .Select((post, segments, query, headers, body) => new SignedRequestParts(
                post ? "POST" : "GET",
                "/props/" + string.Join("/", segments) + (query.Length > 0 ? "?" + query : ""),
                headers.GroupBy(h => h.Item1).Select(g => g.First()).ToList(),
                post ? body : Array.Empty<byte>()));

        public void Dispose() => emulator.Dispose();

        [Fact]
        public void A_request_signed_by_Core_is_accepted_by_the_emulator_verifier()
        {
            // Property: for any generated path, query string, header set and body, the signature Core computes is
            // the one the emulator computes: the request passes authentication and reaches routing (404 here).
            GenRequest.Sample(parts =>
            {
                var (status, errorType) = Send(Sign(parts).Render());

                Assert.True(status == 404 && errorType == "UnknownOperationException",
                    $"Refused with {status} {errorType}: {parts}");
            }, iter: 200);
        }

        [Fact]
        public void Any_single_character_change_to_a_signed_part_is_refused()
        {
            // Property: changing one letter or digit of the path, the query, a signed header value, X-Amz-Date or
            // X-Amz-Content-SHA256, or one byte of the body, after signing, makes the emulator refuse the request
            // as a signature failure; the unchanged request would have been accepted (property above).
            Gen.Select(GenRequest, Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Char[Alphanumeric]).Sample((parts, part, where, replacement) =>
            {
                SignedRequest signed = Sign(parts);
                string? changed = signed.ChangeOne(part, where, replacement);
                if (changed == null)
                {
                    return; // nothing to change in that part of this request (no body, no letters in the query)
                }

                var (status, errorType) = Send(signed.Render());

                Assert.True((status == 403 || status == 400) && AuthErrors.Contains(errorType),
                    $"Accepted after changing the {changed}: {status} {errorType}: {signed}");
            }, iter: 300);
        }

        private SignedRequest Sign(SignedRequestParts parts)
        {
            string host = "127.0.0.1:" + emulator.Port;
            SigV4Result result = SigV4Signer.Sign(parts.Method, host, parts.Target, parts.Headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)),
                parts.Body, new ImmutableCredentials(emulator.AccessKeyId, emulator.SecretAccessKey, null), emulator.Region, "bedrock", DateTime.UtcNow);
            var headers = new List<(string Name, string Value)> { ("Host", host) };
            headers.AddRange(parts.Headers);
            headers.AddRange(result.Headers.Select(h => (h.Key, h.Value)));
            return new SignedRequest(parts.Method, parts.Target, headers, parts.Body.ToArray());
        }

        private (int Status, string? ErrorType) Send(byte[] request)
        {
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return RawHttpExchange.SendAsync(emulator.Port, request, guard.Token).GetAwaiter().GetResult();
        }
    }
}
