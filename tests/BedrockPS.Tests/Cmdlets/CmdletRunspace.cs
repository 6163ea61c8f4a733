using System;
using System.Collections;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Threading;
using BedrockPS.Emulator;
using BedrockPS.Tests.Reliability;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>
    /// The one PowerShell host of the cmdlet tests: a runspace holding every BedrockPS cmdlet, optionally on a
    /// scripted PSHost, and (unless made <see cref="WithoutEmulator"/>) a private emulator whose connection
    /// parameters are in $Connection (splat it: @Connection) and a model id in $Model, so tests never change the
    /// process-wide session configuration.
    /// </summary>
    internal sealed class CmdletRunspace : IDisposable
    {
        public const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        private readonly BedrockEmulator? emulator;

        /// <summary>Starts a private emulator and connects $Connection to it with the emulator's key pair (SigV4).</summary>
        public CmdletRunspace(EmulatorOptions? emulatorOptions = null, PSHost? host = null)
            : this(BedrockEmulator.Start(emulatorOptions ?? new EmulatorOptions()), host)
        {
        }

        private CmdletRunspace(BedrockEmulator? emulator, PSHost? host)
        {
            this.emulator = emulator;
            InitialSessionState state = InitialSessionState.CreateDefault2();
            foreach (Type type in typeof(ConverseResult).Assembly.GetTypes())
            {
                if (!type.IsAbstract && type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute cmdlet)
                    state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
            }
            Runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
            Runspace.Open();
            Set("Model", Model);
            if (emulator != null)
            {
                Set("Connection", new Hashtable
                {
                    ["EndpointUrl"] = new Uri(emulator.EndpointUrl),
                    ["Region"] = emulator.Region,
                    ["Credential"] = new PSCredential(emulator.AccessKeyId, global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(emulator.SecretAccessKey)),
                });
            }
        }

        /// <summary>The emulator this runspace talks to (its request counters are what tests assert on).</summary>
        public BedrockEmulator Emulator => emulator ?? throw new InvalidOperationException("This runspace was opened without an emulator.");

        public Runspace Runspace { get; }

        /// <summary>A runspace with the cmdlets and no emulator, for cmdlets that send nothing.</summary>
        public static CmdletRunspace WithoutEmulator(PSHost? host = null) => new CmdletRunspace(emulator: null, host);

        /// <summary>Emulator options that answer by the rules of a scenario file's JSON.</summary>
        public static EmulatorOptions ScenarioOptions(string scenarioJson) => new EmulatorOptions { Scenario = Scenario.Parse(scenarioJson) };

        /// <summary>Makes $Connection authenticate with the emulator's bearer API key instead of its key pair.</summary>
        public void UseApiKeyConnection() => Set("Connection", new Hashtable
        {
            ["EndpointUrl"] = new Uri(Emulator.EndpointUrl),
            ["Region"] = Emulator.Region,
            ["ApiKey"] = global::BedrockPS.Infrastructure.SecureStrings.FromPlainText(Emulator.ApiKey),
        });

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

        /// <summary>
        /// Runs a script to the end and keeps every stream. A terminating error is kept, not thrown. With
        /// <paramref name="hangGuard"/>, a script still running after that long is stopped and the test fails: a guard
        /// against a hang, never a measure of speed.
        /// </summary>
        public ScriptOutcome Run(string script, TimeSpan? hangGuard = null)
        {
            using PowerShell powerShell = Create(script);
            var output = new PSDataCollection<PSObject>();
            Exception? terminating = null;
            try
            {
                if (hangGuard == null)
                {
                    powerShell.Invoke(null, output);
                }
                else
                {
                    IAsyncResult running = powerShell.BeginInvoke<PSObject, PSObject>(null, output);
                    if (!running.AsyncWaitHandle.WaitOne(hangGuard.Value))
                    {
                        powerShell.Stop();
                        Assert.Fail("The script hung (still running after " + hangGuard.Value + "): " + script);
                    }
                    powerShell.EndInvoke(running);
                }
            }
            catch (RuntimeException ex)
            {
                terminating = ex;
            }
            return new ScriptOutcome(output, powerShell.Streams, terminating);
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
            emulator?.Dispose();
        }
    }
}
