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
    /// Lists inference profiles (all pages), or gets one by id or ARN. Wildcards in -InferenceProfileId filter
    /// the list locally.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "BedrockInferenceProfile")]
    [OutputType(typeof(InferenceProfileInfo))]
    public sealed class GetBedrockInferenceProfileCommand : BedrockCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(InferenceProfileIdCompleter))]
        public string[]? InferenceProfileId { get; set; }

        /// <summary>SYSTEM_DEFINED (the cross-region profiles) or APPLICATION (your own).</summary>
        [Parameter]
        [ValidateSet("SYSTEM_DEFINED", "APPLICATION", IgnoreCase = true)]
        public string? Type { get; set; }

        private IReadOnlyList<InferenceProfileSummary>? _profiles;

        protected override void ProcessRecord()
        {
            IBedrockService service;
            try
            {
                service = GetService();
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, InferenceProfileId);
                return;
            }

            if (InferenceProfileId == null || InferenceProfileId.Length == 0)
            {
                foreach (InferenceProfileSummary profile in List(service, null)) WriteObject(CatalogMapper.ToInferenceProfileInfo(profile));
                return;
            }

            foreach (string id in InferenceProfileId)
            {
                if (string.IsNullOrWhiteSpace(id)) continue;
                try
                {
                    if (WildcardPattern.ContainsWildcardCharacters(id))
                    {
                        var pattern = new WildcardPattern(id, WildcardOptions.IgnoreCase);
                        foreach (InferenceProfileSummary profile in List(service, id).Where(p => pattern.IsMatch(p.InferenceProfileId ?? string.Empty)))
                            WriteObject(CatalogMapper.ToInferenceProfileInfo(profile));
                    }
                    else
                    {
                        InferenceProfileSummary profile = RunOnPump(ct => service.GetInferenceProfileAsync(id.Trim(), ct));
                        if (Type == null || string.Equals(profile.Type, Type, StringComparison.OrdinalIgnoreCase))
                            WriteObject(CatalogMapper.ToInferenceProfileInfo(profile));
                    }
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    WriteMappedError(ex, id);
                }
            }
        }

        private IReadOnlyList<InferenceProfileSummary> List(IBedrockService service, object? target)
        {
            if (_profiles != null) return _profiles;
            try
            {
                _profiles = RunOnPump(ct => service.ListInferenceProfilesAsync(Type?.ToUpperInvariant(), ct));
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                ThrowMappedError(ex, target);
            }
            return _profiles!;
        }
    }
}
