using System;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using BedrockPS.Completion;
using BedrockPS.Conversion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Calls a model's native API (InvokeModel). The body may be a hashtable, a PSCustomObject, JSON text or
    /// bytes; the answer comes back parsed. With -Stream each decoded chunk is written as it arrives. The cmdlet binds
    /// the body, Core's InvokeModelRequestBuilder checks and builds the request, and the answer is written here.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "BedrockModel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InvokeModelResult))]
    [OutputType(typeof(ModelStreamChunk))]
    public sealed class InvokeBedrockModelCommand : BedrockCmdlet
    {
        /// <summary>Model id, inference profile id or ARN the body is sent to.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string ModelId { get; set; } = string.Empty;

        /// <summary>The model-native request: hashtable, PSCustomObject, JSON string or byte[].</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public object Body { get; set; } = string.Empty;

        /// <summary>MIME type of the body (default application/json).</summary>
        [Parameter]
        public string ContentType { get; set; } = "application/json";

        /// <summary>MIME type asked for in the answer (default application/json).</summary>
        [Parameter]
        public string Accept { get; set; } = "application/json";

        /// <summary>Uses InvokeModelWithResponseStream and writes each chunk as it arrives.</summary>
        [Parameter]
        public SwitchParameter Stream { get; set; }

        /// <summary>Guardrail id or ARN to apply; give -GuardrailVersion with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? GuardrailIdentifier { get; set; }

        /// <summary>Guardrail version (DRAFT or a number); give -GuardrailIdentifier with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? GuardrailVersion { get; set; }

        /// <summary>Guardrail trace in the answer: ENABLED, DISABLED or ENABLED_FULL.</summary>
        [Parameter]
        [ValidateSet("ENABLED", "DISABLED", "ENABLED_FULL", IgnoreCase = true)]
        public string? Trace { get; set; }

        /// <summary>Latency-optimized inference (optimized) where the model offers it; standard otherwise.</summary>
        [Parameter]
        [ValidateSet("standard", "optimized", IgnoreCase = true)]
        public string? PerformanceConfigLatency { get; set; }

        /// <summary>The service tier the call runs in (priority, default, flex, reserved).</summary>
        [Parameter]
        [ValidateSet("priority", "default", "flex", "reserved", IgnoreCase = true)]
        public string? ServiceTier { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            object input = Body;
            InvokeModelRequest request;
            IBedrockService service;
            try
            {
                request = InvokeModelRequestBuilder.Build(BindCall());
                service = GetService();
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteMappedError(ex, input);
                return;
            }

            if (!ShouldProcess(request.ModelId, Stream.IsPresent ? "InvokeModelWithResponseStream" : "InvokeModel")) return;
            WriteLifecycleWarning(request.ModelId);
            try
            {
                if (Stream.IsPresent) InvokeStreaming(service, request);
                else InvokeOnce(service, request, input);
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteMappedError(ex, input);
            }
        }

        private InvokeModelCallRequest BindCall()
        {
            var call = new InvokeModelCallRequest
            {
                ModelId = ModelId,
                ContentType = ContentType,
                Accept = Accept,
                GuardrailIdentifier = GuardrailIdentifier,
                GuardrailVersion = GuardrailVersion,
                Trace = Trace,
                PerformanceConfigLatency = PerformanceConfigLatency,
                ServiceTier = ServiceTier,
            };
            object? body = Body is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : Body;
            switch (body)
            {
                case string text:
                    call.BodyText = text;
                    break;
                case byte[] bytes:
                    call.BodyBytes = bytes;
                    break;
                case object[] items when items.Length > 0 && Array.TrueForAll(items, i => i is byte || (i is PSObject p && p.BaseObject is byte)):
                    // A byte[] that went through the pipeline arrives as object[] of bytes.
                    call.BodyBytes = Array.ConvertAll(items, item => item is PSObject p ? (byte)p.BaseObject : (byte)item);
                    break;
                default:
                    call.BodyBytes = PowerShellToJson.ToUtf8(body);
                    break;
            }
            return call;
        }

        private void InvokeOnce(IBedrockService service, InvokeModelRequest request, object input)
        {
            InvokeModelResponse response = RunOnPump(ct => service.InvokeModelAsync(request, ct));
            string raw = Encoding.UTF8.GetString(response.Body);
            object? parsed = response.ContentType == null || InvokeModelRequestBuilder.IsJson(response.ContentType) ? JsonToPowerShell.TryParse(raw) : null;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                "{0}: request id {1}, {2} attempt(s), latency {3} ms, tokens in {4} / out {5}",
                request.ModelId, response.RequestId ?? "(none)", Math.Max(1, response.Attempts),
                response.InvocationLatencyMs?.ToString(CultureInfo.InvariantCulture) ?? "?",
                response.InputTokens?.ToString(CultureInfo.InvariantCulture) ?? "?",
                response.OutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "?"));
            WriteObject(new InvokeModelResult(request.ModelId, parsed, raw, response.ContentType, response.InputTokens,
                response.OutputTokens, response.InvocationLatencyMs, response.RequestId, input));
        }

        private void InvokeStreaming(IBedrockService service, InvokeModelRequest request)
        {
            PipelinePump pump = Pump;
            var reader = new NativeStreamReader(service);
            RunOnPump(async ct =>
            {
                await foreach (NativeStreamPart part in reader.ReadAsync(request, ct).ConfigureAwait(false))
                {
                    pump.Post(() => WriteObject(new ModelStreamChunk(request.ModelId, part.Index,
                        part.Json.HasValue ? JsonToPowerShell.Convert(part.Json.Value) : null, part.Raw, part.Text)));
                }
            });
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: stream ended, tokens in {1} / out {2}", request.ModelId, reader.InputTokens, reader.OutputTokens));
        }
    }
}
