using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Conversion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>Checks a text against a Bedrock guardrail without calling a model (ApplyGuardrail).</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "BedrockGuardrail", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(GuardrailResult))]
    public sealed class InvokeBedrockGuardrailCommand : BedrockCmdlet
    {
        /// <summary>The guardrail id or ARN.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string GuardrailIdentifier { get; set; } = string.Empty;

        /// <summary>DRAFT or a version number.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string GuardrailVersion { get; set; } = string.Empty;

        /// <summary>The text to check. Binds from the pipeline and from a <c>Text</c>, <c>Message</c> or <c>Prompt</c> property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Message", "Prompt")]
        [AllowEmptyString]
        public string Text { get; set; } = string.Empty;

        /// <summary>Whether the text is a user input or a model output.</summary>
        [Parameter]
        [ValidateSet("Input", "Output", IgnoreCase = true)]
        public string Source { get; set; } = "Input";

        /// <summary>Interventions (default) or Full: how much of the assessment to return.</summary>
        [Parameter]
        [ValidateSet("Interventions", "Full", IgnoreCase = true)]
        public string? OutputScope { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            string input = Text;
            try
            {
                if (string.IsNullOrWhiteSpace(Text))
                    throw LocalInputException.InvalidInput("The text is empty; give the text to check with -Text.", "Text");
                var request = new ApplyGuardrailRequest
                {
                    GuardrailIdentifier = GuardrailIdentifier.Trim(),
                    GuardrailVersion = GuardrailVersion.Trim(),
                    Source = Source.ToUpperInvariant(),
                    OutputScope = OutputScope?.ToUpperInvariant(),
                    Content = new List<GuardrailContentBlock> { new GuardrailContentBlock { Text = new GuardrailTextBlock { Text = Text } } },
                };
                if (!ShouldProcess(request.GuardrailIdentifier + " v" + request.GuardrailVersion, "ApplyGuardrail")) return;
                IBedrockService service = GetService();
                ApplyGuardrailResponse response = RunOnPump(ct => service.ApplyGuardrailAsync(request, ct));
                WriteVerbose("Guardrail " + request.GuardrailIdentifier + " v" + request.GuardrailVersion + ": request id " +
                             (response.RequestId ?? "(none)") + ", action " + (response.Action ?? "(none)"));
                WriteObject(new GuardrailResult(
                    response.Action ?? "NONE",
                    response.ActionReason,
                    (response.Outputs ?? new List<TextContentBlock>()).Select(o => o.Text ?? string.Empty).ToList().AsReadOnly(),
                    (response.Assessments ?? new List<GuardrailAssessment>()).Select(a => ToObject(a)).ToList().AsReadOnly(),
                    response.Usage == null ? null : ToObject(response.Usage),
                    response.RequestId,
                    input));
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteMappedError(ex, input);
            }
        }

        /// <summary>Assessments are deep, policy-specific trees: shown as plain objects with the wire's names.</summary>
        private static object? ToObject<T>(T value)
        {
            return JsonToPowerShell.Parse(BedrockJson.Serialize(value));
        }
    }
}
