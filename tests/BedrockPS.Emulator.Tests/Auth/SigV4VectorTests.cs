using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Auth;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Operations;
using BedrockPS.Emulator.Tests.Support;
using BedrockPS.Testing;
using Xunit;

namespace BedrockPS.Emulator.Tests.Auth
{
    /// <summary>The verifier and the test signer against the reference Bedrock SigV4 vectors (double-encoded paths).</summary>
    public sealed class SigV4VectorTests
    {
        private static readonly DateTime VectorTime = new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

        public static IEnumerable<object[]> Cases()
        {
            var root = Vectors();
            foreach (var item in root["cases"]!.AsArray())
            {
                yield return new object[] { item!["wire_path"]!.GetValue<string>() };
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Verifier_builds_the_reference_canonical_request_and_accepts_the_reference_signature(string wirePath)
        {
            var vector = Case(wirePath);
            HttpRequest request = RequestFor(vector, vector["signature"]!.GetValue<string>());
            var verifier = new SigV4Verifier(new KeyTable(new[] { new EmulatorKeyPair("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") }, new string[0]), "us-east-1");

            string canonical = SigV4Canonicalizer.CanonicalRequest("POST", wirePath, request.QueryParameters(), request.Headers,
                vector["signed_headers"]!.GetValue<string>().Split(';'), vector["x_amz_content_sha256"]!.GetValue<string>());

            Assert.Equal(vector["canonical_request"]!.GetValue<string>(), canonical);
            Assert.Equal("AKIDEXAMPLE", verifier.Verify(request, VectorTime.AddMinutes(3)));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Verifier_rejects_the_signature_of_a_path_that_was_not_double_encoded(string wirePath)
        {
            var vector = Case(wirePath);
            HttpRequest request = RequestFor(vector, vector["wrong_signature_if_path_not_double_encoded"]!.GetValue<string>());
            var verifier = new SigV4Verifier(new KeyTable(new[] { new EmulatorKeyPair("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") }, new string[0]), "us-east-1");

            var error = Assert.Throws<ServiceError>(() => verifier.Verify(request, VectorTime));

            Assert.Equal("InvalidSignatureException", error.ErrorType);
            Assert.Equal(403, error.Status);
            Assert.Contains(vector["canonical_request"]!.GetValue<string>(), error.Message);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Test_signer_reproduces_the_reference_signature(string wirePath)
        {
            var vector = Case(wirePath);
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["content-type"] = "application/json",
                ["host"] = vector["host"]!.GetValue<string>(),
                ["x-amz-content-sha256"] = vector["x_amz_content_sha256"]!.GetValue<string>(),
                ["x-amz-date"] = "20150830T123600Z",
            };
            var (canonical, _) = TestSigV4Signer.CanonicalRequest("POST", wirePath, string.Empty, headers, vector["x_amz_content_sha256"]!.GetValue<string>());
            string signature = TestSigV4Signer.Signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "20150830T123600Z",
                "20150830/us-east-1/bedrock/aws4_request", canonical);

            Assert.Equal(vector["canonical_request"]!.GetValue<string>(), canonical);
            Assert.Equal(vector["signature"]!.GetValue<string>(), signature);
        }

        [Fact]
        public void Verifier_rejects_a_signature_older_than_fifteen_minutes()
        {
            var vector = Case(Cases().First()[0].ToString()!);
            HttpRequest request = RequestFor(vector, vector["signature"]!.GetValue<string>());
            var verifier = new SigV4Verifier(new KeyTable(new[] { new EmulatorKeyPair("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY") }, new string[0]), "us-east-1");

            var error = Assert.Throws<ServiceError>(() => verifier.Verify(request, VectorTime.AddMinutes(16)));

            Assert.Equal("InvalidSignatureException", error.ErrorType);
            Assert.StartsWith("Signature expired: 20150830T123600Z is now earlier than", error.Message);
        }

        private static HttpRequest RequestFor(JsonNode vector, string signature)
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("Host", vector["host"]!.GetValue<string>()),
                new KeyValuePair<string, string>("Content-Type", "application/json"),
                new KeyValuePair<string, string>("X-Amz-Date", "20150830T123600Z"),
                new KeyValuePair<string, string>("X-Amz-Content-Sha256", vector["x_amz_content_sha256"]!.GetValue<string>()),
                new KeyValuePair<string, string>("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request, SignedHeaders="
                    + vector["signed_headers"]!.GetValue<string>() + ", Signature=" + signature),
            };
            return new HttpRequest("POST", vector["wire_path"]!.GetValue<string>(), headers, Encoding.UTF8.GetBytes(vector["body"]!.GetValue<string>()));
        }

        private static JsonNode Case(string wirePath) =>
            Vectors()["cases"]!.AsArray().First(c => c!["wire_path"]!.GetValue<string>() == wirePath)!;

        private static JsonNode Vectors() => JsonNode.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "sigv4-computed.json")))!;
    }
}
