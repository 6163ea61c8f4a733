using System;
using System.Globalization;
using System.Management.Automation.Host;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>A PowerShell host whose keyboard is a list of lines and whose screen is a string: redirected input for the chat.</summary>
    internal sealed class ScriptedHost : PSHost
    {
        private readonly Guid instanceId = Guid.NewGuid();

        public ScriptedHost(params string[] lines)
        {
            Ui = new ScriptedHostUserInterface(lines);
        }

        public ScriptedHostUserInterface Ui { get; }

        public override string Name => "BedrockPS.ScriptedHost";

        public override Version Version => new Version(1, 0);

        public override Guid InstanceId => instanceId;

        public override PSHostUserInterface UI => Ui;

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        public override void SetShouldExit(int exitCode)
        {
        }

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }
    }
}
