using System;
using System.Management.Automation;
using System.Reflection;
using System.Threading;
using BedrockPS.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>Start-BedrockEmulator -Wait serves until stopped and releases its stop event however the pipeline ends.</summary>
    public class EmulatorCmdletLifecycleTests
    {
        [Fact]
        public void Wait_ends_on_ctrl_c_and_stops_the_emulator()
        {
            using var host = CmdletRunspace.WithoutEmulator();
            using PowerShell ps = host.Create("Start-BedrockEmulator -Wait -InformationAction Ignore");
            var output = new PSDataCollection<PSObject>();
            using var started = new ManualResetEventSlim();
            output.DataAdded += (_, _) => started.Set();

            IAsyncResult running = ps.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(started.Wait(TimeSpan.FromSeconds(30)), "the emulator never started");
            var info = (EmulatorInfo)output[0].BaseObject;
            Assert.True(info.IsRunning);
            Assert.False(running.IsCompleted);

            ps.Stop();

            Assert.False(info.IsRunning);
            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        }

        [Fact]
        public void Disposing_releases_the_stop_event_and_a_late_stop_is_harmless()
        {
            var command = new StartBedrockEmulatorCommand();
            var stopped = (ManualResetEventSlim)typeof(StartBedrockEmulatorCommand)
                .GetField("_stopped", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(command)!;

            ((IDisposable)command).Dispose();

            Assert.Throws<ObjectDisposedException>(() => stopped.Wait(0));
            MethodInfo stop = typeof(StartBedrockEmulatorCommand).GetMethod("StopProcessing", BindingFlags.NonPublic | BindingFlags.Instance)!;
            stop.Invoke(command, null);
        }
    }
}
