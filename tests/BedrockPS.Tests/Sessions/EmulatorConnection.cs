using System;
using System.Security;
using BedrockPS.Emulator;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>
    /// A private emulator on a free loopback port, with the connection parameters a script needs in
    /// $Connection (splat it: @Connection), so tests never touch the process-wide Set-BedrockConfiguration.
    /// </summary>
    internal sealed class EmulatorConnection : IDisposable
    {
        public const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        public EmulatorConnection(string? scenarioJson = null)
        {
            var options = new EmulatorOptions();
            if (scenarioJson != null)
            {
                options.Scenario = Scenario.Parse(scenarioJson);
            }

            Emulator = BedrockEmulator.Start(options);
        }

        public BedrockEmulator Emulator { get; }

        public SecureString ApiKey
        {
            get
            {
                var key = new SecureString();
                foreach (char c in Emulator.ApiKey)
                {
                    key.AppendChar(c);
                }

                key.MakeReadOnly();
                return key;
            }
        }

        /// <summary>Puts $Connection (a hashtable for splatting) into the runspace.</summary>
        public void ConnectTo(HostedPowerShell powerShell)
        {
            powerShell.Set("Connection", new System.Collections.Hashtable
            {
                ["EndpointUrl"] = new Uri(Emulator.EndpointUrl),
                ["Region"] = Emulator.Region,
                ["ApiKey"] = ApiKey,
            });
        }

        public void Dispose() => Emulator.Dispose();
    }
}
