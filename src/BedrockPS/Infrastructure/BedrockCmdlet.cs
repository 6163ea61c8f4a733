using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Completion;
using BedrockPS.Configuration;
using BedrockPS.Core;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that calls Bedrock: the common connection parameters, a cancellation token that
    /// Ctrl+C (StopProcessing) cancels, and a pump that runs async Core calls while keeping every Write* on the
    /// pipeline thread.
    /// </summary>
    public abstract class BedrockCmdlet : PSCmdlet, IDisposable
    {
        private CancellationTokenSource? _cancellation;
        private PipelinePump? _pump;

        // Public only because the cmdlets deriving from it must be (PowerShell binds public cmdlet classes); nothing
        // outside the module can derive from it, and its helpers are private protected so no Core type shows.
        private protected BedrockCmdlet()
        {
        }

        /// <summary>AWS region (e.g. us-east-1); overrides Set-BedrockConfiguration and the environment.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        /// <summary>Profile of the shared AWS config/credentials files.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? ProfileName { get; set; }

        /// <summary>A PSCredential (access key id as user name, secret access key as password) or an AWSCredentials object.</summary>
        [Parameter]
        [ValidateNotNull]
        public object? Credential { get; set; }

        /// <summary>A Bedrock API key, sent as a bearer token.</summary>
        [Parameter]
        [ValidateNotNull]
        public SecureString? ApiKey { get; set; }

        /// <summary>Endpoint URL for both the runtime and the control plane (for example the emulator's).</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? EndpointUrl { get; set; }

        /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
        private protected CancellationToken CancellationToken => _cancellation?.Token ?? CancellationToken.None;

        /// <summary>The pump of this invocation, created in BeginProcessing on the pipeline thread.</summary>
        private protected PipelinePump Pump => _pump ?? throw new InvalidOperationException("BeginProcessing has not run.");

        /// <summary>Creates this invocation's cancellation source and pipeline pump on the pipeline thread.</summary>
        protected override void BeginProcessing()
        {
            _cancellation = new CancellationTokenSource();
            _pump = new PipelinePump();
        }

        /// <summary>Ctrl+C or a stopped pipeline: cancels what is in flight (runs on another thread).</summary>
        protected override void StopProcessing()
        {
            // Runs on another thread: only cancel; the pipeline thread unwinds by itself.
            try { _cancellation?.Cancel(); }
            catch (ObjectDisposedException) { }
        }

        /// <summary>Releases the cancellation source and the pump once the input is done.</summary>
        protected override void EndProcessing()
        {
            Release();
        }

        /// <summary>
        /// PowerShell disposes a cmdlet however its pipeline ends: after EndProcessing, after a terminating error (when
        /// EndProcessing never runs), and when a downstream command such as Select-Object -First stops it.
        /// </summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Cancels what is still in flight and releases the token and the pump; derived cmdlets add their own.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing) Release();
        }

        /// <summary>Called at the end of the pipeline and on failure, so the token and pump never leak. Safe to call twice.</summary>
        private protected void Release()
        {
            // Anything still running for this invocation (a batch cut short by an error) is told to stop.
            try { _cancellation?.Cancel(); }
            catch (ObjectDisposedException) { }
            _pump?.Dispose();
            _pump = null;
            _cancellation?.Dispose();
            _cancellation = null;
        }

        /// <summary>The client for this call's effective configuration (parameters, then session defaults, then environment).</summary>
        private protected IBedrockService GetService()
        {
            var parameters = new ConnectionParameters
            {
                Region = Region,
                ProfileName = ProfileName,
                Credential = CredentialInput.From(Credential),
                ApiKey = ApiKey,
                EndpointUrl = EndpointUrl,
            };
            return ClientProvider.GetService(parameters);
        }

        /// <summary>
        /// Runs async work on the thread pool while pumping posted actions here. Diagnostic lines of the calls
        /// it makes appear as verbose messages. Ctrl+C ends it at once with PipelineStoppedException.
        /// </summary>
        private protected T RunOnPump<T>(Func<CancellationToken, Task<T>> operation) => RunOnPump(operation, startHere: false);

        /// <summary>
        /// With <paramref name="startHere"/>, the operation starts on the pipeline thread and moves to the thread
        /// pool at its first real await (one thread hop less per call); only for operations that cannot block before
        /// that (see BedrockClient.StartsWithoutBlocking), so Ctrl+C is still noticed at once.
        /// </summary>
        private protected T RunOnPump<T>(Func<CancellationToken, Task<T>> operation, bool startHere)
        {
            PipelinePump pump = Pump;
            // An async method, so the log sink set here stays with this call's flow and does not stick to the
            // pipeline thread when the call starts on it.
            async Task<T> WithLog(CancellationToken ct)
            {
                ClientProvider.CurrentLog = line => pump.Post(() => WriteVerbose(line));
                return await operation(ct).ConfigureAwait(false);
            }
            try
            {
                return pump.Run(WithLog, CancellationToken, startHere);
            }
            catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        private protected void RunOnPump(Func<CancellationToken, Task> operation)
        {
            RunOnPump<bool>(async ct =>
            {
                await operation(ct).ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>
        /// Warns, once per model for this PowerShell session, when a catalog answer seen earlier in the session said the
        /// model is Legacy (ModelLifecycleRegistry). Costs no request: an unknown model gets no warning.
        /// </summary>
        private protected void WriteLifecycleWarning(string? modelId)
        {
            string? warning = Core.Lifecycle.ModelLifecycleRegistry.TakeLegacyWarning(modelId);
            if (warning != null) WriteWarning(warning + " Get-BedrockModel lists the active ones.");
        }

        /// <summary>Writes a non-terminating error for <paramref name="target"/>, mapped by ErrorRecordFactory.</summary>
        private protected void WriteMappedError(Exception exception, object? target)
        {
            WriteError(ErrorRecordFactory.FromException(exception, target));
        }

        /// <summary>Writes the error and stops the pipeline (for failures that make the rest pointless).</summary>
        private protected void ThrowMappedError(Exception exception, object? target)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(exception, target));
        }

        /// <summary>True when the exception only means the user stopped the pipeline.</summary>
        private protected bool IsStop(Exception exception)
        {
            return exception is PipelineStoppedException
                || (exception is OperationCanceledException && CancellationToken.IsCancellationRequested);
        }
    }
}
