using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using BedrockPS.Tests.Cmdlets;
using BedrockPS.Tests.Sessions;
using Xunit;
using Xunit.Abstractions;
using static BedrockPS.Tests.Reliability.CanarySecrets;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// The canaries again, this time from where CI runners keep them: Set-BedrockConfiguration and the AWS_* and
    /// AWS_BEARER_TOKEN_BEDROCK environment variables. These settings are process-wide, so the test runs alone and
    /// restores everything it changed. (AWSSDK.Core fixes the shared credentials file path once per process, so
    /// profiles are covered by tests/pester/Secrets.Tests.ps1 in a fresh pwsh.)
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public class SecretsFromSettingsTests : IDisposable
    {
        private static readonly string[] Variables =
        {
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK",
            "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_PROFILE",
        };

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "bedrockps-secrets-settings-" + Guid.NewGuid().ToString("N"));
        private readonly Dictionary<string, string?> _saved = new Dictionary<string, string?>();
        private readonly ITestOutputHelper _output;

        public SecretsFromSettingsTests(ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
            foreach (string name in Variables) _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        public void Dispose()
        {
            foreach (KeyValuePair<string, string?> saved in _saved) Environment.SetEnvironmentVariable(saved.Key, saved.Value);
            Directory.Delete(_folder, recursive: true);
        }

        private static void ClearIdentityVariables()
        {
            foreach (string name in Variables) Environment.SetEnvironmentVariable(name, null);
        }

        [Fact]
        public void Canary_credentials_from_configuration_and_environment_appear_nowhere()
        {
            var sweep = new SecretSweep();
            var screens = new List<ScriptedHost>();
            int records = 0;

            // Each identity source gets its own emulator (its own endpoint), so the module builds a fresh client for it.
            CmdletRunspace NewHost()
            {
                var screen = new ScriptedHost("hello from the chat");
                screens.Add(screen);
                var host = new CmdletRunspace(EmulatorAcceptingThem(), screen);
                Prepare(host, _folder);
                return host;
            }

            ClearIdentityVariables();
            try
            {
                using (CmdletRunspace host = NewHost())
                {
                    host.Set("Secret", Secure(SecretKey));
                    Assert.Empty(host.Run("Set-BedrockConfiguration -Credential ([pscredential]::new('" + AccessKey + "', $Secret))").Errors);
                    records += Exercise(host, "set-configuration-key-pair", Identity(host), true, sweep);
                    host.Set("Key", Secure(ApiKey));
                    Assert.Empty(host.Run("Set-BedrockConfiguration -ApiKey $Key -PassThru").Errors);
                    records += Exercise(host, "set-configuration-api-key", Identity(host), true, sweep);
                    sweep.AddOutcome("configuration view", host.Run("Get-BedrockConfiguration | Format-List * -Force | Out-String -Width 4096"));
                    host.Run("Set-BedrockConfiguration -Reset");
                }

                Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", TokenAccessKey);
                Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", TokenSecretKey);
                Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", SessionToken);
                using (CmdletRunspace host = NewHost())
                {
                    records += Exercise(host, "environment-session-token", Identity(host), true, sweep);
                }
                Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", WrongSessionToken);
                using (CmdletRunspace host = NewHost())
                {
                    records += Exercise(host, "environment-wrong-token", Identity(host), false, sweep);
                }
                ClearIdentityVariables();

                Environment.SetEnvironmentVariable("AWS_BEARER_TOKEN_BEDROCK", ApiKey);
                using (CmdletRunspace host = NewHost())
                {
                    records += Exercise(host, "environment-api-key", Identity(host), true, sweep);
                }
                ClearIdentityVariables();
            }
            finally
            {
                ClearIdentityVariables();
                using var cleanup = new CmdletRunspace();
                cleanup.Run("Set-BedrockConfiguration -Reset");
            }

            foreach (ScriptedHost screen in screens) sweep.Add("host screen", screen.Ui.Screen);
            foreach (string file in Directory.GetFiles(_folder, "*.json", SearchOption.AllDirectories))
                sweep.Add("file " + Path.GetFileName(file), File.ReadAllText(file));

            List<string> leaks = sweep.Leaks(All);
            _output.WriteLine($"{sweep.TextCount} texts searched ({records} output objects and error records): {leaks.Count} canary hits");
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }
    }
}
