using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace BedrockPS.Tests.StructuredOutput
{
    /// <summary>A real PowerShell runspace in which tests define classes and run the cmdlets users would pipe from.</summary>
    internal sealed class ClassEngine : IDisposable
    {
        private readonly Runspace runspace;

        public ClassEngine()
        {
            runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
        }

        public Runspace Runspace => runspace;

        /// <summary>Runs a script and returns its output (base objects unwrapped only for .NET types, not custom objects).</summary>
        public Collection<PSObject> Run(string script)
        {
            using PowerShell powerShell = PowerShell.Create();
            powerShell.Runspace = runspace;
            powerShell.AddScript(script);
            Collection<PSObject> output = powerShell.Invoke();
            if (powerShell.HadErrors)
            {
                throw new InvalidOperationException(string.Join("; ", powerShell.Streams.Error.Select(e => e.ToString())));
            }
            return output;
        }

        public T RunOne<T>(string script) => (T)Run(script).Single().BaseObject;

        public string ResolvePath(string path) => runspace.SessionStateProxy.Path.GetUnresolvedProviderPathFromPSPath(path);

        public void Dispose() => runspace.Dispose();
    }
}
