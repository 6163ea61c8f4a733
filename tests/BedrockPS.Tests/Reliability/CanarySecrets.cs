using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Canary credentials (unique per test run, accepted by the emulator) and the scripts that take them through
    /// every cmdlet with -Verbose and -Debug, on calls that succeed and on calls that fail.
    /// </summary>
    internal static class CanarySecrets
    {
        // Each canary has its own random part, so a hit names the right one.
        public static readonly string AccessKey = "AKIACANARY" + Random(10);
        public static readonly string SecretKey = "canarySecretKey/" + Random(24);
        public static readonly string TokenAccessKey = "ASIACANARY" + Random(10);
        public static readonly string TokenSecretKey = "canaryTokenSecret+" + Random(22);
        public static readonly string SessionToken = "canarySessionToken" + Random(64) + "IQoJb3JpZ2luX2VjE";
        public static readonly string ApiKey = "canaryApiKey-" + Random(32) + "-bedrock";
        public static readonly string WrongSecretKey = "canaryWrongSecret/" + Random(22);
        public static readonly string WrongSessionToken = "canaryWrongToken" + Random(48) + "FwoGZXIvYXdz";

        public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
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

        private const string Scenario = "{\"rules\":[{\"prompt\":\"cut me\",\"reply\":\"Echo: {prompt}\",\"fault\":\"stream-model-error:2\"},{\"prompt\":\"throttle me\",\"fault\":\"throttling\"}]}";

        /// <summary>Every cmdlet, succeeding; $Id holds the identity being tried (splatted), $Dir a folder for files.</summary>
        public const string SucceedingCalls = @"
$common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue' }
Get-BedrockModel @Id @common | Select-Object -First 3
Get-BedrockModel -ModelId anthropic.claude-haiku-4-5-20251001-v1:0 @Id @common
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
        public const string FailingCalls = @"
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

        public static EmulatorOptions EmulatorAcceptingThem()
        {
            var options = new EmulatorOptions { Scenario = Emulator.Scenario.Parse(Scenario) };
            options.ExtraKeyPairs.Add(new EmulatorKeyPair(AccessKey, SecretKey));
            options.ExtraKeyPairs.Add(new EmulatorKeyPair(TokenAccessKey, TokenSecretKey, SessionToken));
            options.ExtraApiKeys.Add(ApiKey);
            return options;
        }

        public static SecureString Secure(string text) => global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(text);

        /// <summary>$Connection-like splat for the host's emulator, without any identity, plus whatever is added.</summary>
        public static Hashtable Identity(CmdletRunspace host, string? name = null, object? value = null)
        {
            var table = new Hashtable { ["EndpointUrl"] = new Uri(host.Emulator.EndpointUrl), ["Region"] = host.Emulator.Region };
            if (name != null) table[name] = value;
            return table;
        }

        /// <summary>Sets $Dir and $DeadEndpoint (a port nobody listens on) for the scripts.</summary>
        public static void Prepare(CmdletRunspace host, string folder)
        {
            var closed = BedrockEmulator.Start(new EmulatorOptions());
            host.Set("DeadEndpoint", closed.EndpointUrl);
            closed.Dispose();
            host.Set("Dir", folder);
        }

        /// <summary>
        /// Runs both scripts with one identity and adds everything they produced to the sweep. A valid identity must
        /// make every succeeding call succeed, so the secret really went through each code path.
        /// </summary>
        public static int Exercise(CmdletRunspace host, string label, Hashtable identity, bool valid, SecretSweep sweep)
        {
            host.Set("Id", identity);
            host.Set("Label", label);
            ScriptOutcome good = host.Run(SucceedingCalls);
            ScriptOutcome bad = host.Run(FailingCalls);
            sweep.AddOutcome(label + " succeeding", good);
            sweep.AddOutcome(label + " failing", bad);
            if (valid)
            {
                Assert.True(good.Errors.Count == 0, label + ": " + string.Join("; ", good.Errors.Select(e => e.FullyQualifiedErrorId + " " + e.Exception.Message)));
                Assert.Contains(good.Output, o => o is ConverseResult);
            }
            else
            {
                Assert.Contains(good.Errors, e => e.FullyQualifiedErrorId.StartsWith("BedrockPS.InvalidSignature", StringComparison.Ordinal)
                                               || e.FullyQualifiedErrorId.StartsWith("BedrockPS.UnrecognizedClient", StringComparison.Ordinal));
            }
            int failures = bad.Errors.Count + bad.Output.OfType<ErrorRecord>().Count();
            Assert.True(failures >= 8, label + ": the failing calls failed (" + failures + " errors)");
            return good.Output.Count + good.Errors.Count + failures;
        }

        private static string Random(int length)
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < length) text.Append(Guid.NewGuid().ToString("N").ToUpperInvariant());
            return text.ToString(0, length);
        }
    }
}
