using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using BedrockPS.Core.Auth;
using BedrockPS.Core.Tests.Infrastructure;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.Auth
{
    /// <summary>
    /// The SigV4 reference suites and the Bedrock vectors, all through SigV4Signer.Sign, the function the client's
    /// authenticator calls. The suites' raw request line is the wire target; the context flags (normalize,
    /// sign_body, omit_session_token) map to the signer's parameters. Bedrock requests always use
    /// normalize=true, sign_body=true (x-amz-content-sha256) and a signed session token.
    /// </summary>
    public sealed class SigV4VectorTests
    {
        private static readonly DateTime SuiteDate = new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

        /// <summary>Every .req with a matching .authz, nested folders (normalize-path, post-sts-token) included.</summary>
        public static IEnumerable<object[]> ClassicVectors()
        {
            var root = Fixtures.Path("botocore-sigv4");
            return Directory.GetFiles(root, "*.req", SearchOption.AllDirectories)
                .Where(f => File.Exists(Path.ChangeExtension(f, ".authz")))
                .Select(f => new object[] { Path.GetRelativePath(root, Path.ChangeExtension(f, null)).Replace('\\', '/') })
                .OrderBy(x => (string)x[0]);
        }

        public static IEnumerable<object[]> CrtVectors() =>
            Directory.GetDirectories(Fixtures.Path("aws-c-auth-sigv4", "v4")).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(x => (string)x[0]);

        public static IEnumerable<object[]> BedrockCases()
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "sigv4-computed.json")));
            int count = document.RootElement.GetProperty("cases").GetArrayLength();
            return Enumerable.Range(0, count).Select(i => new object[] { i });
        }

        [Fact]
        public void Every_classic_suite_request_has_an_expected_signature()
        {
            var requests = Directory.GetFiles(Fixtures.Path("botocore-sigv4"), "*.req", SearchOption.AllDirectories);
            Assert.True(requests.Length >= 30, "the suite looks incomplete: " + requests.Length);
            Assert.All(requests, request => Assert.True(File.Exists(Path.ChangeExtension(request, ".authz")), request));
        }

        [Theory]
        [MemberData(nameof(BedrockCases))]
        public void Bedrock_vector_canonical_request_and_signature_match(int index)
        {
            var (testCase, root) = LoadBedrockCase(index);
            var signed = SignBedrockCase(testCase, root);

            Assert.Equal(testCase.GetProperty("canonical_request").GetString(), signed.CanonicalRequest);
            Assert.Equal(testCase.GetProperty("signature").GetString(), signed.Signature);
            var authorization = signed.Headers.Single(h => h.Key == "Authorization").Value;
            Assert.Contains("SignedHeaders=" + testCase.GetProperty("signed_headers").GetString() + ",", authorization);
            if (testCase.TryGetProperty("wrong_signature_if_path_not_double_encoded", out var wrong))
            {
                Assert.NotEqual(wrong.GetString(), signed.Signature);
            }
        }

        [Theory]
        [MemberData(nameof(BedrockCases))]
        public void Bedrock_vector_signature_equals_the_one_from_AWSSDK_Core(int index)
        {
            var (testCase, root) = LoadBedrockCase(index);
            var ours = SignBedrockCase(testCase, root);

            var request = new AWSSigningRequest
            {
                HttpMethod = new HttpMethod(testCase.GetProperty("method").GetString()!),
                RequestUri = new Uri("https://" + testCase.GetProperty("host").GetString() + testCase.GetProperty("wire_path").GetString()),
                Content = Encoding.UTF8.GetBytes(testCase.GetProperty("body").GetString()!),
            };
            foreach (var header in testCase.GetProperty("headers_in").EnumerateObject())
            {
                request.Headers[header.Name] = header.Value.GetString();
            }
            var sdk = AWSSigV4Signer.Sign(request, new AWSSigV4Parameters
            {
                Credentials = new BasicAWSCredentials(TestClients.AccessKey, TestClients.SecretKey),
                Region = RegionEndpoint.GetBySystemName(root.GetProperty("region").GetString()),
                Service = "bedrock",
                SignPayload = true,
                SignedAt = ParseAmzDate(root.GetProperty("x_amz_date").GetString()!),
            });
            var sdkAuthorization = sdk.Headers.Single(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
            Assert.EndsWith("Signature=" + ours.Signature, sdkAuthorization);
        }

        [Theory]
        [MemberData(nameof(ClassicVectors))]
        public void Classic_suite_vector_signs_as_expected(string name)
        {
            var basePath = Fixtures.Path("botocore-sigv4", name);
            var vector = SigningVector.Parse(basePath + ".req");
            vector.Headers.Remove("X-Amz-Date");
            string? token = null;
            if (vector.Headers.TryGetValue("X-Amz-Security-Token", out var sessionToken))
            {
                token = sessionToken;
                vector.Headers.Remove("X-Amz-Security-Token");
            }
            // The session-token case carries its token only in the signed request (.sreq).
            var tokenLine = File.Exists(basePath + ".sreq")
                ? File.ReadAllLines(basePath + ".sreq").FirstOrDefault(l => l.StartsWith("X-Amz-Security-Token:", StringComparison.OrdinalIgnoreCase))
                : null;
            token ??= tokenLine?.Substring(tokenLine.IndexOf(':') + 1);
            var signed = SigV4Signer.Sign(
                vector.Method, vector.Host, vector.Target, vector.Headers, vector.Body,
                new ImmutableCredentials(TestClients.AccessKey, TestClients.SecretKey, token),
                "us-east-1", "service", SuiteDate, addContentSha256Header: false,
                // post-sts-header-after: the token is added after signing (readme.txt of post-sts-token).
                signSessionToken: !name.EndsWith("post-sts-header-after", StringComparison.Ordinal));

            Assert.Equal(File.ReadAllText(basePath + ".creq").Replace("\r\n", "\n"), signed.CanonicalRequest);
            Assert.Equal(File.ReadAllText(basePath + ".authz").Trim(), signed.Headers.Single(h => h.Key == "Authorization").Value);
        }

        [Theory]
        [MemberData(nameof(CrtVectors))]
        public void Aws_c_auth_vector_signs_as_expected(string name)
        {
            var folder = Fixtures.Path("aws-c-auth-sigv4", "v4", name);
            using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "context.json")));
            var root = context.RootElement;
            var vector = SigningVector.Parse(Path.Combine(folder, "request.txt"));
            var credentialsJson = root.GetProperty("credentials");
            var credentials = new ImmutableCredentials(
                credentialsJson.GetProperty("access_key_id").GetString(),
                credentialsJson.GetProperty("secret_access_key").GetString(),
                credentialsJson.TryGetProperty("token", out var token) ? token.GetString() : null);
            bool Flag(string flag) => root.TryGetProperty(flag, out var value) && value.GetBoolean();

            var signed = SigV4Signer.Sign(
                vector.Method, vector.Host, vector.Target, vector.Headers, vector.Body, credentials,
                root.GetProperty("region").GetString()!, root.GetProperty("service").GetString()!,
                DateTime.Parse(root.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
                addContentSha256Header: Flag("sign_body"),
                normalizePath: Flag("normalize"),
                signSessionToken: !Flag("omit_session_token"));

            Assert.Equal(File.ReadAllText(Path.Combine(folder, "header-canonical-request.txt")).Replace("\r\n", "\n"), signed.CanonicalRequest);
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "header-string-to-sign.txt")).Replace("\r\n", "\n"), signed.StringToSign);
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "header-signature.txt")).Trim(), signed.Signature);
        }

        private static (JsonElement Case, JsonElement Root) LoadBedrockCase(int index)
        {
            var document = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "sigv4-computed.json")));
            var root = document.RootElement.Clone();
            return (root.GetProperty("cases")[index], root);
        }

        private static SigV4Result SignBedrockCase(JsonElement testCase, JsonElement root)
        {
            var credentialsJson = root.GetProperty("credentials");
            var credentials = new ImmutableCredentials(
                credentialsJson.GetProperty("access_key_id").GetString(),
                credentialsJson.GetProperty("secret_access_key").GetString(),
                testCase.TryGetProperty("session_token", out var token) ? token.GetString() : null);
            var headers = testCase.GetProperty("headers_in").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList();
            return SigV4Signer.Sign(
                testCase.GetProperty("method").GetString()!, testCase.GetProperty("host").GetString()!, testCase.GetProperty("wire_path").GetString()!,
                headers, Encoding.UTF8.GetBytes(testCase.GetProperty("body").GetString()!), credentials,
                root.GetProperty("region").GetString()!, root.GetProperty("service").GetString()!, ParseAmzDate(root.GetProperty("x_amz_date").GetString()!));
        }

        private static DateTime ParseAmzDate(string text) =>
            DateTime.ParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
