using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using Amazon.Runtime;
using BedrockPS.Tests.Cmdlets;
using BedrockPS.Tests.Sessions;
using Xunit;
using Xunit.Abstractions;
using static BedrockPS.Tests.Reliability.CanarySecrets;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Canary access keys, secret keys, a session token and an API key (accepted by the emulator), given as cmdlet
    /// parameters, go through every cmdlet with -Verbose and -Debug, on calls that succeed and calls that fail.
    /// Every stream, error record (exception text, inner exceptions, properties), output object, the host screen
    /// and the exported session files are searched: the canaries must appear nowhere. SecretsFromSettingsTests does
    /// the same for Set-BedrockConfiguration, the environment and a profile.
    /// </summary>
    public class SecretsTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "bedrockps-secrets-" + Guid.NewGuid().ToString("N"));
        private readonly ITestOutputHelper _output;

        public SecretsTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Canary_credentials_given_as_parameters_appear_in_no_stream_error_object_screen_or_file()
        {
            var screen = new ScriptedHost("hello from the chat");
            using var host = new CmdletRunspace(EmulatorAcceptingThem(), screen);
            Prepare(host, _folder);
            var sweep = new SecretSweep();
            int records = 0;

            records += Exercise(host, "key-pair", Identity(host, "Credential", new PSCredential(AccessKey, Secure(SecretKey))), true, sweep);
            records += Exercise(host, "session-token", Identity(host, "Credential", new SessionAWSCredentials(TokenAccessKey, TokenSecretKey, SessionToken)), true, sweep);
            records += Exercise(host, "api-key", Identity(host, "ApiKey", Secure(ApiKey)), true, sweep);
            records += Exercise(host, "wrong-secret", Identity(host, "Credential", new PSCredential(AccessKey, Secure(WrongSecretKey))), false, sweep);
            // The service answers a bad signature with the canonical request it expected, which names the session token.
            records += Exercise(host, "wrong-secret-with-token", Identity(host, "Credential", new SessionAWSCredentials(TokenAccessKey, WrongSecretKey, SessionToken)), false, sweep);
            records += Exercise(host, "wrong-token", Identity(host, "Credential", new SessionAWSCredentials(TokenAccessKey, TokenSecretKey, WrongSessionToken)), false, sweep);

            sweep.Add("host screen", screen.Ui.Screen);
            foreach (string file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
                sweep.Add("file " + Path.GetFileName(file), File.ReadAllText(file));
            sweep.AddOutcome("$Error", host.Run("$Error"));

            List<string> leaks = sweep.Leaks(All);
            _output.WriteLine($"{sweep.TextCount} texts searched ({records} output objects and error records, {Directory.GetFiles(_folder).Length} session files): {leaks.Count} canary hits");
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
            Assert.True(Directory.GetFiles(_folder, "*.json").Length >= 3, "the sessions were exported");
        }

        [Fact]
        public void Session_token_quoted_back_in_a_signature_error_is_not_shown()
        {
            // The service answers a bad signature with the canonical request it expected; with session credentials
            // that text contains the X-Amz-Security-Token header, value included.
            string message = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. " +
                             "Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'POST\n/model/" +
                             "us.anthropic.claude-haiku-4-5-20251001-v1%253A0/converse\n\nhost:127.0.0.1\nx-amz-date:20260101T000000Z\nx-amz-security-token:" + SessionToken +
                             "\n\nhost;x-amz-date;x-amz-security-token\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'\n\n" +
                             "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/bedrock/aws4_request\n" +
                             "a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4'\n";
            byte[] body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { message });
            using var server = new RawResponseServer(() => RawResponseServer.Http(
                "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-RequestId: sig-1\nx-amzn-ErrorType: InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/\n" +
                "Content-Length: " + body.Length + "\nConnection: close", body));
            using var host = new CmdletRunspace();
            host.Set("Id", new Hashtable
            {
                ["EndpointUrl"] = new Uri(server.EndpointUrl),
                ["Region"] = "us-east-1",
                ["Credential"] = new SessionAWSCredentials(TokenAccessKey, TokenSecretKey, SessionToken),
            });

            ScriptOutcome outcome = host.Run("Invoke-BedrockConverse -Message 'hello' -ModelId $Model @Id -Verbose -Debug; $Error | Format-List * -Force | Out-String -Width 4096");

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.InvalidSignature");
            Assert.Contains("Canonical String", error.Exception.Message);
            var sweep = new SecretSweep();
            sweep.AddOutcome("signature error", outcome);
            List<string> leaks = sweep.Leaks(All);
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }

        [Fact]
        public void The_sweep_finds_a_planted_canary_in_an_inner_exception()
        {
            // Proof that the search above can fail: a canary hidden two levels down is found.
            var sweep = new SecretSweep();
            var planted = new ErrorRecord(new InvalidOperationException("outer", new Exception("inner " + SessionToken)), "X", ErrorCategory.NotSpecified, null);
            using PowerShell empty = PowerShell.Create();
            sweep.AddOutcome("planted", new ScriptOutcome(new[] { new PSObject(planted) }, empty.Streams, null));

            Assert.Contains(sweep.Leaks(All), l => l.StartsWith("session token", StringComparison.Ordinal));
        }
    }
}
