using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Completion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;
using BedrockPS.Mapping;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Lists the foundation models of the Bedrock catalog, filtered by the service (provider, output modality,
    /// inference type, customization) and locally by -ModelId wildcards. An exact -ModelId asks for that model.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "BedrockModel")]
    [OutputType(typeof(ModelInfo))]
    public sealed class GetBedrockModelCommand : CatalogCmdlet
    {
        /// <summary>Model ids to get. With wildcards (<c>*</c>, <c>?</c>) the catalog is filtered locally; an exact id gets that one model (the other filters still apply).</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string[]? ModelId { get; set; }

        /// <summary>Only models of this provider, such as <c>Anthropic</c>, <c>Amazon</c>, <c>Meta</c>, <c>Mistral AI</c> or <c>Cohere</c>.</summary>
        [Parameter]
        [Alias("ProviderName")]
        [ArgumentCompleter(typeof(ProviderCompleter))]
        public string? Provider { get; set; }

        /// <summary>Only models producing this output: <c>TEXT</c>, <c>IMAGE</c> or <c>EMBEDDING</c>.</summary>
        [Parameter]
        [ValidateSet("TEXT", "IMAGE", "EMBEDDING", IgnoreCase = true)]
        public string? OutputModality { get; set; }

        /// <summary>Only models supporting this inference type: <c>ON_DEMAND</c>, <c>PROVISIONED</c> or <c>INFERENCE_PROFILE</c>.</summary>
        [Parameter]
        [ValidateSet("ON_DEMAND", "PROVISIONED", "INFERENCE_PROFILE", IgnoreCase = true)]
        public string? InferenceType { get; set; }

        /// <summary>Only models supporting this customization: <c>FINE_TUNING</c>, <c>CONTINUED_PRE_TRAINING</c> or <c>DISTILLATION</c>.</summary>
        [Parameter]
        [ValidateSet("FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION", IgnoreCase = true)]
        public string? CustomizationType { get; set; }

        private IReadOnlyList<FoundationModelSummary>? _catalog;

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            IBedrockService service;
            try
            {
                service = GetService();
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, ModelId);
                return;
            }

            WriteCatalogEntries(
                ModelId,
                target => List(service, target),
                id => RunOnPump(ct => service.GetFoundationModelAsync(id, ct)),
                entry => entry.ModelId,
                Matches,
                entry => CatalogMapper.ToModelInfo(entry));
        }

        private IReadOnlyList<FoundationModelSummary> List(IBedrockService service, object? target)
        {
            if (_catalog != null) return _catalog;
            var filter = new FoundationModelFilter
            {
                ByProvider = Provider,
                ByOutputModality = OutputModality?.ToUpperInvariant(),
                ByInferenceType = ServiceFiltersInferenceType ? InferenceType!.ToUpperInvariant() : null,
                ByCustomizationType = CustomizationType?.ToUpperInvariant(),
            };
            try
            {
                IReadOnlyList<FoundationModelSummary> listed = RunOnPump(ct => service.ListFoundationModelsAsync(filter, ct));
                _catalog = ServiceFiltersInferenceType ? listed : listed.Where(Matches).ToList();
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, target);
            }
            return _catalog!;
        }

        /// <summary>
        /// byInferenceType takes only ON_DEMAND and PROVISIONED (the service model's enum); INFERENCE_PROFILE appears in
        /// catalog entries but is refused as a filter, so that one is applied here.
        /// </summary>
        private bool ServiceFiltersInferenceType =>
            InferenceType != null && !string.Equals(InferenceType, "INFERENCE_PROFILE", StringComparison.OrdinalIgnoreCase);

        /// <summary>The service filters lists; a single model fetched by id is checked against the filters here.</summary>
        private bool Matches(FoundationModelSummary model)
        {
            if (Provider != null && !string.Equals(model.ProviderName, Provider, StringComparison.OrdinalIgnoreCase)) return false;
            if (OutputModality != null && !(model.OutputModalities ?? new List<string>()).Contains(OutputModality, StringComparer.OrdinalIgnoreCase)) return false;
            if (InferenceType != null && !(model.InferenceTypesSupported ?? new List<string>()).Contains(InferenceType, StringComparer.OrdinalIgnoreCase)) return false;
            if (CustomizationType != null && !(model.CustomizationsSupported ?? new List<string>()).Contains(CustomizationType, StringComparer.OrdinalIgnoreCase)) return false;
            return true;
        }
    }
}
