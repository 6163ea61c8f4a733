using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security;
using Amazon.Runtime;
using BedrockPS.Emulator;
using BedrockPS.Tests.Sessions;
using Xunit;
using Xunit.Abstractions;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Canary access keys, secret keys, a session token and an API key (accepted by the emulator) go through every
    /// cmdlet with -Verbose and -Debug, on calls that succeed and calls that fail. Every stream, error record
    /// (exception text, inner exceptions, properties), output object, the host screen and the exported session files
    /// are searched: the canaries must appear nowhere.
    /// </summary>
    public class SecretsTests : IDisposable
    {
        // Each canary has its own random part, so a hit names the right one.
        private static readonly string AccessKey = "AKIACANARY" + Random(10);
        private static readonly string SecretKey = "canarySecretKey/" + Random(24);
        private static readonly string TokenAccessKey = "ASIACANARY" + Random(10);
        private static readonly string TokenSecretKey = "canaryTokenSecret+" + Random(22);
        private static readonly string SessionToken = "canarySessionToken" + Random(64) + "IQoJb3JpZ2luX2VjE";
        private static readonly string ApiKey = "canaryApiKey-" + Random(32) + "-bedrock";
        private static readonly string WrongSecretKey = "canaryWrongSecret/" + Random(22);
        private static readonly string WrongSessionToken = "canaryWrongToken" + Random(48) + "FwoGZXIvYXdz";

        private static readonly IReadOnlyDictionary<string, string> Canaries = new Dictionary<string, string>
        {
            ["access key"] = AccessKey,
            ["secret key"] = SecretKey,
            ["token access key"] = TokenAccessKey,
            ["token secret key"] = TokenSecretKey,
            ["session token"] = SessionToken,
            ["API key"] = ApiKey,
            ["wrong secret key"] = WrongSecretKey,
            ["wrong session token"] = WrongSessionToken,
        };

        private const string Scenario = "{\"rules\":[{\"prompt\":\"cut me\",\"fault\":\"cut:2\"},{\"prompt\":\"throttle me\",\"fault\":\"throttling\"}]}";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "bedrockps-secrets-" + Guid.NewGuid().ToString("N"));
        private readonly ITestOutputHelper _output;

        public SecretsTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static EmulatorOptions CanaryEmulator()
        {
            var options = new EmulatorOptions { Scenario = Emulator.Scenario.Parse(Scenario) };
            options.ExtraKeyPairs.Add(new EmulatorKeyPair(AccessKey, SecretKey));
            options.ExtraKeyPairs.Add(new EmulatorKeyPair(TokenAccessKey, TokenSecretKey, SessionToken));
            options.ExtraApiKeys.Add(ApiKey);
            return options;
        }

        private static string Random(int length)
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < length) text.Append(Guid.NewGuid().ToString("N").ToUpperInvariant());
            return text.ToString(0, length);
        }

        private static SecureString Secure(string text) => global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(text);

        /// <summary>Every cmdlet, succeeding; $Id holds the identity being tried, $Dir a folder for files.</summary>
        private const string SucceedingCalls = @"
$common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue' }
Get-BedrockModel @Id @common | Select-Object -First 3
Get-BedrockModel -ModelId $Model @Id @common
Get-BedrockInferenceProfile @Id @common | Select-Object -First 2
Invoke-BedrockConverse -Message 'hello canary test' -ModelId $Model @Id @common
Invoke-BedrockConverse -Message 'stream this answer' -ModelId $Model -Stream @Id @common
$s = New-BedrockSession -ModelId $Model -System 'be brief' @common
Invoke-BedrockConverse -Message 'remember this' -Session $s @Id @common
'one', 'two', 'three' | Invoke-BedrockConverse -ModelId $Model -ThrottleLimit 3 @Id @common
Export-BedrockSession -Session $s -Path (Join-Path $Dir ""$Label.json"") -Force -PassThru @common
Import-BedrockSession -Path (Join-Path $Dir ""$Label.json"") @common
Invoke-BedrockModel -ModelId $Model -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 50; messages = @(@{ role = 'user'; content = 'native call' }) } @Id @common
Invoke-BedrockModel -ModelId $Model -Stream -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 50; messages = @(@{ role = 'user'; content = 'native stream' }) } @Id @common
Measure-BedrockToken -ModelId $Model -Message 'count these words' @Id @common
Measure-BedrockToken -Session $s @Id @common
Invoke-BedrockGuardrail -GuardrailIdentifier gr1 -GuardrailVersion DRAFT -Text 'write to a@example.com' @Id @common
New-BedrockTool -Name lookup -Description 'Looks up a word' -InputSchema @{ type = 'object' } @common
$s | Enter-BedrockChat @Id @common
Clear-BedrockSession -Session $s -Confirm:$false @common
Get-BedrockUsage @common
Get-BedrockConfiguration @common
$e = Start-BedrockEmulator @common; Get-BedrockEmulator @common; $e | Stop-BedrockEmulator @common
";

        /// <summary>Calls that fail in every way a credential could end up in a message.</summary>
        private const string FailingCalls = @"
$common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue' }
Invoke-BedrockConverse -Message 'unknown model' -ModelId anthropic.claude-missing-v9:0 @Id @common
Get-BedrockModel -ModelId no.such-model-v1 @Id @common
Invoke-BedrockModel -ModelId no.such-model-v1 -Body '{""prompt"":""x""}' @Id @common
Invoke-BedrockConverse -Message 'cut me off' -ModelId $Model -Stream @Id @common
Invoke-BedrockConverse -Message 'throttle me' -ModelId $Model @Id @common
Invoke-BedrockConverse -Message 'bad temperature' -ModelId $Model -Temperature 5 @Id @common
$dead = $Id.Clone(); $dead.EndpointUrl = $DeadEndpoint
Invoke-BedrockConverse -Message 'nobody listens' -ModelId $Model @dead @common
$remote = $Id.Clone(); $remote.EndpointUrl = 'http://bedrock.example.com'
Invoke-BedrockConverse -Message 'plain http far away' -ModelId $Model @remote @common
try { Invoke-BedrockConverse -Message 'terminating' -ModelId $Model @Id -ErrorAction Stop -Verbose -Debug } catch { $_ }
";

        private IEnumerable<KeyValuePair<string, Hashtable>> Identities(ReliabilityHost host)
        {
            Hashtable Base() => new Hashtable { ["EndpointUrl"] = new Uri(host.Emulator.EndpointUrl), ["Region"] = host.Emulator.Region };
            Hashtable With(string name, object value)
            {
                Hashtable table = Base();
                table[name] = value;
                return table;
            }

            yield return new KeyValuePair<string, Hashtable>("key-pair", With("Credential", new PSCredential(AccessKey, Secure(SecretKey))));
            yield return new KeyValuePair<string, Hashtable>("session-token", With("Credential", new SessionAWSCredentials(TokenAccessKey, TokenSecretKey, SessionToken)));
            yield return new KeyValuePair<string, Hashtable>("api-key", With("ApiKey", Secure(ApiKey)));
            yield return new KeyValuePair<string, Hashtable>("wrong-secret", With("Credential", new PSCredential(AccessKey, Secure(WrongSecretKey))));
            // The service answers a bad signature with the canonical request it expected, which names the session token.
            yield return new KeyValuePair<string, Hashtable>("wrong-secret-with-token", With("Credential", new SessionAWSCredentials(TokenAccessKey, WrongSecretKey, SessionToken)));
            yield return new KeyValuePair<string, Hashtable>("wrong-token", With("Credential", new SessionAWSCredentials(TokenAccessKey, TokenSecretKey, WrongSessionToken)));
        }

        [Fact]
        public void Canary_credentials_appear_in_no_stream_error_object_screen_or_file()
        {
            var screen = new ScriptedHost("hello from the chat");
            using var host = new ReliabilityHost(CanaryEmulator(), screen);
            var closed = BedrockEmulator.Start(new EmulatorOptions());
            host.Set("DeadEndpoint", closed.EndpointUrl);
            closed.Dispose();
            host.Set("Dir", _folder);
            var sweep = new SecretSweep();
            int succeeded = 0, failed = 0;

            foreach (KeyValuePair<string, Hashtable> identity in Identities(host))
            {
                host.Set("Id", identity.Value);
                host.Set("Label", identity.Key);
                bool valid = !identity.Key.StartsWith("wrong", StringComparison.Ordinal);
                ScriptOutcome good = host.Run(SucceedingCalls);
                ScriptOutcome bad = host.Run(FailingCalls);
                sweep.AddOutcome(identity.Key + " succeeding", good);
                sweep.AddOutcome(identity.Key + " failing", bad);
                if (valid)
                {
                    // The succeeding script really succeeded, so the secrets went through every code path.
                    Assert.Empty(good.Errors);
                    Assert.Contains(good.Output, o => o is ConverseResult);
                }
                else
                {
                    Assert.Contains(good.Errors, e => e.FullyQualifiedErrorId.StartsWith("BedrockPS.InvalidSignature", StringComparison.Ordinal)
                                                   || e.FullyQualifiedErrorId.StartsWith("BedrockPS.UnrecognizedClient", StringComparison.Ordinal));
                }
                Assert.True(bad.Errors.Count + bad.Output.OfType<ErrorRecord>().Count() >= 8, identity.Key + ": the failing calls failed");
                succeeded += good.Output.Count;
                failed += bad.Errors.Count + good.Errors.Count;
            }

            sweep.Add("host screen", screen.Ui.Screen);
            foreach (string file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
                sweep.Add("file " + Path.GetFileName(file), File.ReadAllText(file));
            sweep.AddOutcome("$Error", host.Run("$Error"));

            List<string> leaks = sweep.Leaks(Canaries);
            _output.WriteLine($"{sweep.TextCount} texts searched ({succeeded} output objects, {failed} error records, {Directory.GetFiles(_folder).Length} session files): {leaks.Count} canary hits");
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
                             "anthropic.claude-3-haiku-20240307-v1%253A0/converse\n\nhost:127.0.0.1\nx-amz-date:20260101T000000Z\nx-amz-security-token:" + SessionToken +
                             "\n\nhost;x-amz-date;x-amz-security-token\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'\n\n" +
                             "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/bedrock/aws4_request\n" +
                             "a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4a1c2e3f4'\n";
            byte[] body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { message });
            using var server = new RawResponseServer(() => RawResponseServer.Http(
                "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-RequestId: sig-1\nx-amzn-ErrorType: InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/\n" +
                "Content-Length: " + body.Length + "\nConnection: close", body));
            using var host = new ReliabilityHost();
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
            List<string> leaks = sweep.Leaks(Canaries);
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }

        [Fact]
        public void The_sweep_finds_a_planted_canary_in_an_inner_exception()
        {
            // Proof that the search above can fail: a canary hidden two levels down is found.
            var sweep = new SecretSweep();
            var planted = new ErrorRecord(new InvalidOperationException("outer", new Exception("inner " + SessionToken)), "X", ErrorCategory.NotSpecified, null);
            using PowerShell empty = PowerShell.Create();
            sweep.AddOutcome("planted", new ScriptOutcome(new[] { new PSObject(planted) }, empty.Streams, null, TimeSpan.Zero));

            Assert.Contains(sweep.Leaks(Canaries), l => l.StartsWith("session token", StringComparison.Ordinal));
        }
    }
}
