using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using BedrockPS.Emulator;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>
    /// A runspace holding the BedrockPS cmdlets and a private emulator whose connection parameters are in
    /// $Connection (splat it: @Connection), so tests never change the process-wide session configuration.
    /// </summary>
    internal sealed class CmdletRunspace : IDisposable
    {
        public const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        public CmdletRunspace(EmulatorOptions? emulatorOptions = null)
        {
            Emulator = BedrockEmulator.Start(emulatorOptions ?? new EmulatorOptions());
            InitialSessionState state = InitialSessionState.CreateDefault2();
            foreach (Type type in typeof(ConverseResult).Assembly.GetTypes())
            {
                if (!type.IsAbstract && type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute cmdlet)
                    state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
            }
            Runspace = RunspaceFactory.CreateRunspace(state);
            Runspace.Open();
            Runspace.SessionStateProxy.SetVariable("Connection", new System.Collections.Hashtable
            {
                ["EndpointUrl"] = new Uri(Emulator.EndpointUrl),
                ["Region"] = Emulator.Region,
                ["Credential"] = new PSCredential(Emulator.AccessKeyId, global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(Emulator.SecretAccessKey)),
            });
            Runspace.SessionStateProxy.SetVariable("Model", Model);
        }

        public BedrockEmulator Emulator { get; }

        public Runspace Runspace { get; }

        /// <summary>A PowerShell on this runspace with the script added; the caller invokes and disposes it.</summary>
        public PowerShell Create(string script)
        {
            PowerShell powerShell = PowerShell.Create();
            powerShell.Runspace = Runspace;
            powerShell.AddScript(script);
            return powerShell;
        }

        public void Dispose()
        {
            Runspace.Dispose();
            Emulator.Dispose();
        }
    }
}
