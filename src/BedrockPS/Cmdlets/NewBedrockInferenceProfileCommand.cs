using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using BedrockPS.Completion;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Core.Preflight;
using BedrockPS.Infrastructure;
using BedrockPS.Mapping;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Creates an application inference profile copying a foundation model or a system-defined profile, with tags,
    /// so the calls a pipeline makes through it can be traced and costed apart. Writes the new profile.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "BedrockInferenceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InferenceProfileInfo))]
    public sealed class NewBedrockInferenceProfileCommand : BedrockCmdlet
    {
        /// <summary>The profile name: 1 to 64 letters and digits, with single spaces, <c>_</c> or <c>-</c> between them. Unique in the account and region (a name in use is <c>BedrockPS.Conflict</c>).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("InferenceProfileName")]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>The model or system-defined profile to copy: an id or an ARN (a ModelId property binds from the pipeline).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string CopyFrom { get; set; } = string.Empty;

        /// <summary>A description of up to 200 letters, digits, <c>:</c> or <c>.</c>, with single spaces, <c>_</c> or <c>-</c> between them.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary>Tags as a hashtable: @{ pipeline = 'nightly'; team = 'data' }.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Tag { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            List<ResourceTag> tags;
            try
            {
                tags = TagsOf(Tag);
                ApplicationProfileRequests.Validate(Name, Description, tags);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput(ex.Message, ex.ParamName == "name" ? Name : ex.ParamName == "description" ? (object?)Description : Tag));
                return;
            }
            if (!ShouldProcess(Name, "Create application inference profile copying " + CopyFrom))
            {
                return;
            }

            IBedrockService service;
            try
            {
                service = GetService();
                var created = RunOnPump(async ct =>
                {
                    string region = (service as BedrockClient)?.Region ?? string.Empty;
                    string source = await ApplicationProfileRequests.SourceArnAsync(service, CopyFrom, region, ct).ConfigureAwait(false);
                    var result = await service.CreateInferenceProfileAsync(new CreateInferenceProfileRequest
                    {
                        InferenceProfileName = Name,
                        Description = Description,
                        ModelSource = new InferenceProfileModelSource { CopyFrom = source },
                        Tags = tags.Count == 0 ? null : tags,
                    }, ct).ConfigureAwait(false);
                    string arn = result.InferenceProfileArn ?? throw new BedrockServiceException(BedrockErrorCodes.InvalidResponse, "CreateInferenceProfile answered without the new profile's ARN.");
                    var profile = await service.GetInferenceProfileAsync(arn, ct).ConfigureAwait(false);
                    var currentTags = await service.ListTagsForResourceAsync(arn, ct).ConfigureAwait(false);
                    return (profile, currentTags);
                });
                WriteObject(CatalogMapper.ToInferenceProfileInfo(created.profile, created.currentTags));
            }
            catch (Exception ex) when (!IsStop(ex))
            {
                WriteMappedError(ex, CopyFrom);
            }
        }

        private static List<ResourceTag> TagsOf(Hashtable? table)
        {
            var tags = new List<ResourceTag>();
            if (table == null) return tags;
            foreach (DictionaryEntry entry in table)
            {
                string key = Convert.ToString(PSObject.AsPSObject(entry.Key).BaseObject, CultureInfo.InvariantCulture) ?? string.Empty;
                object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                tags.Add(new ResourceTag(key, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            }
            tags.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return tags;
        }
    }
}
