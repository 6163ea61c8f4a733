using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BedrockPS.Completion;
using BedrockPS.Conversion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Calls a model's native API (InvokeModel). The body may be a hashtable, a PSCustomObject, JSON text or
    /// bytes; the answer comes back parsed. With -Stream each decoded chunk is written as it arrives.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "BedrockModel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InvokeModelResult))]
    [OutputType(typeof(ModelStreamChunk))]
    public sealed class InvokeBedrockModelCommand : BedrockCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string ModelId { get; set; } = string.Empty;

        /// <summary>The model-native request: hashtable, PSCustomObject, JSON string or byte[].</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public object Body { get; set; } = string.Empty;

        [Parameter]
        public string ContentType { get; set; } = "application/json";

        [Parameter]
        public string Accept { get; set; } = "application/json";

        [Parameter]
        public SwitchParameter Stream { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? GuardrailIdentifier { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? GuardrailVersion { get; set; }

        [Parameter]
        [ValidateSet("ENABLED", "DISABLED", "ENABLED_FULL", IgnoreCase = true)]
        public string? Trace { get; set; }

        [Parameter]
        [ValidateSet("standard", "optimized", IgnoreCase = true)]
        public string? PerformanceConfigLatency { get; set; }

        [Parameter]
        [ValidateSet("priority", "default", "flex", "reserved", IgnoreCase = true)]
        public string? ServiceTier { get; set; }

        protected override void ProcessRecord()
        {
            object input = Body;
            InvokeModelRequest request;
            IBedrockService service;
            try
            {
                request = BuildRequest();
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

        private void InvokeOnce(IBedrockService service, InvokeModelRequest request, object input)
        {
            InvokeModelResponse response = RunOnPump(ct => service.InvokeModelAsync(request, ct));
            string raw = Encoding.UTF8.GetString(response.Body);
            object? parsed = IsJson(response.ContentType) || response.ContentType == null ? JsonToPowerShell.TryParse(raw) : null;
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
            int inputTokens = 0, outputTokens = 0;
            RunOnPump(async ct =>
            {
                int index = 0;
                await foreach (ResponseStreamChunk chunk in service.InvokeModelWithResponseStreamAsync(request, ct).WithCancellation(ct).ConfigureAwait(false))
                {
                    ModelStreamChunk record = ToChunk(request.ModelId, index++, chunk.Bytes, ref inputTokens, ref outputTokens);
                    pump.Post(() => WriteObject(record));
                }
                return index;
            });
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0}: stream ended, tokens in {1} / out {2}", request.ModelId, inputTokens, outputTokens));
        }

        private static ModelStreamChunk ToChunk(string modelId, int index, byte[] bytes, ref int inputTokens, ref int outputTokens)
        {
            string raw = Encoding.UTF8.GetString(bytes);
            object? parsed = null;
            string? text = null;
            try
            {
                using (JsonDocument document = JsonDocument.Parse(raw))
                {
                    parsed = JsonToPowerShell.Convert(document.RootElement);
                    text = NativeStreamText.Extract(document.RootElement);
                    // The last chunk carries the invocation metrics Bedrock adds to every model family.
                    if (document.RootElement.ValueKind == JsonValueKind.Object
                        && document.RootElement.TryGetProperty("amazon-bedrock-invocationMetrics", out JsonElement metrics))
                    {
                        if (metrics.TryGetProperty("inputTokenCount", out JsonElement i) && i.TryGetInt32(out int iv)) inputTokens = iv;
                        if (metrics.TryGetProperty("outputTokenCount", out JsonElement o) && o.TryGetInt32(out int ov)) outputTokens = ov;
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON: the raw text is still given.
            }
            return new ModelStreamChunk(modelId, index, parsed, raw, text);
        }

        private InvokeModelRequest BuildRequest()
        {
            if (string.IsNullOrWhiteSpace(ModelId))
                throw LocalInputException.InvalidInput("-ModelId is blank; see Get-BedrockModel for the model ids.", "ModelId");
            byte[] body = BodyBytes();
            if (body.Length > MaxBodyBytes)
                throw LocalInputException.InvalidInput("-Body is larger than Bedrock accepts (25,000,000 bytes).", "Body");
            if ((GuardrailIdentifier == null) != (GuardrailVersion == null))
                throw LocalInputException.InvalidInput("-GuardrailIdentifier and -GuardrailVersion go together; give both.", "GuardrailVersion");
            return new InvokeModelRequest
            {
                ModelId = ModelId.Trim(),
                Body = body,
                ContentType = ContentType,
                Accept = Accept,
                Trace = Trace?.ToUpperInvariant(),
                GuardrailIdentifier = GuardrailIdentifier,
                GuardrailVersion = GuardrailVersion,
                PerformanceConfigLatency = PerformanceConfigLatency?.ToLowerInvariant(),
                ServiceTier = ServiceTier?.ToLowerInvariant(),
            };
        }

        /// <summary>The service model's limit on an InvokeModel body.</summary>
        private const int MaxBodyBytes = 25000000;

        private byte[] BodyBytes()
        {
            object? body = Body is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : Body;
            switch (body)
            {
                case byte[] bytes:
                    if (bytes.Length == 0) throw LocalInputException.InvalidInput("-Body is empty.", "Body");
                    return bytes;
                case string text:
                    if (string.IsNullOrWhiteSpace(text)) throw LocalInputException.InvalidInput("-Body is empty.", "Body");
                    if (IsJson(ContentType))
                    {
                        try
                        {
                            using (JsonDocument.Parse(text)) { }
                        }
                        catch (JsonException ex)
                        {
                            throw LocalInputException.InvalidInput("-Body is not valid JSON: " + ex.Message, "Body");
                        }
                    }
                    return Encoding.UTF8.GetBytes(text);
                case object[] items when items.Length > 0 && Array.TrueForAll(items, i => i is byte || (i is PSObject p && p.BaseObject is byte)):
                    // A byte[] that went through the pipeline arrives as object[] of bytes.
                    var collected = new List<byte>(items.Length);
                    foreach (object item in items) collected.Add(item is PSObject p ? (byte)p.BaseObject : (byte)item);
                    return collected.ToArray();
                default:
                    return PowerShellToJson.ToUtf8(body);
            }
        }

        private static bool IsJson(string? contentType)
        {
            return contentType != null && contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
