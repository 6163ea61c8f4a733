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
    /// the list locally. Application profiles come with their tags (ListTagsForResource).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "BedrockInferenceProfile")]
    [OutputType(typeof(InferenceProfileInfo))]
    public sealed class GetBedrockInferenceProfileCommand : CatalogCmdlet
    {
        /// <summary>Profile ids or ARNs to get. With wildcards, the list is filtered locally; an exact id gets that profile.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(InferenceProfileIdCompleter))]
        public string[]? InferenceProfileId { get; set; }

        /// <summary>SYSTEM_DEFINED (the cross-region profiles) or APPLICATION (your own).</summary>
        [Parameter]
        [ValidateSet("SYSTEM_DEFINED", "APPLICATION", IgnoreCase = true)]
        public string? Type { get; set; }

        private IReadOnlyList<InferenceProfileSummary>? _profiles;

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
                ThrowMappedError(ex, InferenceProfileId);
                return;
            }

            WriteCatalogEntries(
                InferenceProfileId,
                target => List(service, target),
                id => RunOnPump(ct => service.GetInferenceProfileAsync(id, ct)),
                entry => entry.InferenceProfileId,
                entry => Type == null || string.Equals(entry.Type, Type, StringComparison.OrdinalIgnoreCase),
                entry => CatalogMapper.ToInferenceProfileInfo(entry, TagsOf(service, entry)));
        }

        /// <summary>An application profile's tags; a failure to read them is a warning, not a missing profile.</summary>
        private IReadOnlyList<ResourceTag>? TagsOf(IBedrockService service, InferenceProfileSummary entry)
        {
            if (!string.Equals(entry.Type, "APPLICATION", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(entry.InferenceProfileArn)) return null;
            try
            {
                return RunOnPump(ct => service.ListTagsForResourceAsync(entry.InferenceProfileArn!, ct));
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteWarning("The tags of " + entry.InferenceProfileArn + " could not be read: " + ex.Message);
                return null;
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
