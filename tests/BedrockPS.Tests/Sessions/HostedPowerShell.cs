using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Reflection;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>A runspace with every BedrockPS cmdlet, optionally on a scripted host.</summary>
    internal sealed class HostedPowerShell : IDisposable
    {
        private readonly Runspace runspace;

        public HostedPowerShell(PSHost? host = null)
        {
            InitialSessionState state = InitialSessionState.CreateDefault2();
            foreach (Type type in typeof(ChatSession).Assembly.GetTypes())
            {
                if (!type.IsAbstract && type.GetCustomAttribute<CmdletAttribute>() is CmdletAttribute cmdlet)
                {
                    state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
                }
            }

            runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
        }

        public void Set(string name, object? value) => runspace.SessionStateProxy.SetVariable(name, value);

        public object? Get(string name) => runspace.SessionStateProxy.GetVariable(name);

        public RunResult Run(string script)
        {
            using PowerShell powerShell = PowerShell.Create();
            powerShell.Runspace = runspace;
            powerShell.AddScript(script);
            Collection<PSObject> output = powerShell.Invoke();
            return new RunResult(output.Select(o => o?.BaseObject).ToList(), powerShell.Streams.Error.ToList(), powerShell.Streams.Warning.Select(w => w.Message).ToList());
        }

        public void Dispose() => runspace.Dispose();

        internal sealed class RunResult
        {
            public RunResult(List<object?> output, List<ErrorRecord> errors, List<string> warnings)
            {
                Output = output;
                Errors = errors;
                Warnings = warnings;
            }

            public List<object?> Output { get; }

            public List<ErrorRecord> Errors { get; }

            public List<string> Warnings { get; }

            public T Single<T>() => Assert.IsType<T>(Assert.Single(Output));
        }
    }
}
