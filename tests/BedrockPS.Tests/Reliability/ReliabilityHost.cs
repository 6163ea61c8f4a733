using System;
using System.Collections;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Threading;
using BedrockPS.Emulator;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// A runspace holding every BedrockPS cmdlet and a private emulator. Scripts splat $Connection (endpoint, region,
    /// the emulator's own key pair) and use $Model, so nothing here touches the process-wide Set-BedrockConfiguration.
    /// </summary>
    internal sealed class ReliabilityHost : IDisposable
    {
        public const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        public ReliabilityHost(EmulatorOptions? emulatorOptions = null, System.Management.Automation.Host.PSHost? psHost = null)
        {
            Emulator = BedrockEmulator.Start(emulatorOptions ?? new EmulatorOptions());
            InitialSessionState state = InitialSessionState.CreateDefault2();
            foreach (Type type in typeof(ConverseResult).Assembly.GetTypes())
            {
                if (!type.IsAbstract && type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute cmdlet)
                    state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
            }
            Runspace = psHost == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(psHost, state);
            Runspace.Open();
            Set("Connection", new Hashtable
            {
                ["EndpointUrl"] = new Uri(Emulator.EndpointUrl),
                ["Region"] = Emulator.Region,
                ["Credential"] = new PSCredential(Emulator.AccessKeyId, global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(Emulator.SecretAccessKey)),
            });
            Set("Model", Model);
        }

        public BedrockEmulator Emulator { get; }

        public Runspace Runspace { get; }

        public void Set(string name, object? value) => Runspace.SessionStateProxy.SetVariable(name, value);

        public object? Get(string name) => Runspace.SessionStateProxy.GetVariable(name);

        /// <summary>A PowerShell on this runspace with the script added; the caller invokes and disposes it.</summary>
        public PowerShell Create(string script)
        {
            PowerShell powerShell = PowerShell.Create();
            powerShell.Runspace = Runspace;
            powerShell.AddScript(script);
            return powerShell;
        }

        /// <summary>Runs a script to the end and keeps every stream. A terminating error is kept, not thrown.</summary>
        public ScriptOutcome Run(string script)
        {
            using PowerShell powerShell = Create(script);
            var watch = Stopwatch.StartNew();
            var output = new PSDataCollection<PSObject>();
            Exception? terminating = null;
            try
            {
                powerShell.Invoke(null, output);
            }
            catch (RuntimeException ex)
            {
                terminating = ex;
            }
            watch.Stop();
            return new ScriptOutcome(output, powerShell.Streams, terminating, watch.Elapsed);
        }

        /// <summary>Waits (briefly) until the emulator has no request left in hand; returns the last count seen.</summary>
        public long WaitForNoRequestInFlight(TimeSpan limit)
        {
            var watch = Stopwatch.StartNew();
            long inFlight;
            while ((inFlight = Emulator.InFlightRequestCount) != 0 && watch.Elapsed < limit)
            {
                Thread.Sleep(10);
            }
            return inFlight;
        }

        public void Dispose()
        {
            Runspace.Dispose();
            Emulator.Dispose();
        }
    }
}
