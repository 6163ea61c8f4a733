using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Preflight
{
    /// <summary>
    /// Checks a CreateInferenceProfile request against the service's constraints before anything is sent, and
    /// turns the model or profile to copy (an id or an ARN) into the ARN the service wants.
    /// </summary>
    public static class ApplicationProfileRequests
    {
        /// <summary>Most tags accepted on a new profile.</summary>
        public const int MaxTags = 50;
        private static readonly Regex Name = new Regex("^([0-9a-zA-Z][ _-]?)+$", RegexOptions.CultureInvariant);
        private static readonly Regex Description = new Regex("^([0-9a-zA-Z:.][ _-]?)+$", RegexOptions.CultureInvariant);
        private static readonly Regex TagText = new Regex(@"^[a-zA-Z0-9\s._:/=+@-]*$", RegexOptions.CultureInvariant);

        /// <summary>Throws ArgumentException naming the first member the service would refuse.</summary>
        public static void Validate(string name, string? description, IReadOnlyList<ResourceTag> tags)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 64 || !Name.IsMatch(name))
            {
                throw new ArgumentException("The inference profile name '" + name + "' is not allowed: use 1 to 64 letters and digits, single spaces, '_' or '-' between them.", nameof(name));
            }
            if (description != null && (description.Length == 0 || description.Length > 200 || !Description.IsMatch(description)))
            {
                throw new ArgumentException("The description is not allowed: use 1 to 200 letters, digits, ':' or '.', with single spaces, '_' or '-' between them.", nameof(description));
            }
            if (tags.Count > MaxTags)
            {
                throw new ArgumentException("A resource takes at most " + MaxTags + " tags; " + tags.Count + " were given.", nameof(tags));
            }
            foreach (ResourceTag tag in tags)
            {
                string key = tag.Key ?? string.Empty;
                string value = tag.Value ?? string.Empty;
                if (key.Length == 0 || key.Length > 128 || !TagText.IsMatch(key) || value.Length > 256 || !TagText.IsMatch(value))
                {
                    throw new ArgumentException("The tag '" + key + "' is not allowed: keys take 1 to 128 and values 0 to 256 letters, digits, spaces and . _ : / = + @ -.", nameof(tags));
                }
            }
        }

        /// <summary>
        /// The copyFrom ARN: an ARN as given; a system profile id through GetInferenceProfile (its ARN holds the
        /// account); a foundation model id as the model's ARN in <paramref name="region"/>.
        /// </summary>
        public static async Task<string> SourceArnAsync(IBedrockService service, string copyFrom, string region, CancellationToken cancellationToken)
        {
            string id = copyFrom.Trim();
            string? resourceType = ModelIdentifiers.ArnResourceType(id);
            if (resourceType != null)
            {
                if (resourceType != "foundation-model" && resourceType != "inference-profile")
                {
                    throw new ArgumentException("Copy from a foundation model or a system-defined inference profile; '" + copyFrom + "' is neither.", nameof(copyFrom));
                }
                return id;
            }
            if (ModelIdentifiers.IsSystemProfileId(id))
            {
                InferenceProfileSummary profile = await service.GetInferenceProfileAsync(id, cancellationToken).ConfigureAwait(false);
                return profile.InferenceProfileArn ?? throw new BedrockServiceException(BedrockErrorCodes.InvalidResponse, "The inference profile " + id + " came back without its ARN.", 0);
            }
            if (ModelIdentifiers.FoundationModelIdOf(id) == null)
            {
                throw new ArgumentException("Copy from a foundation model or a system-defined inference profile; '" + copyFrom + "' is neither.", nameof(copyFrom));
            }
            return ModelIdentifiers.FoundationModelArn(id, region);
        }

        /// <summary>Turns key/value pairs into tags, in order; not validated here (see <see cref="Validate"/>).</summary>
        /// <param name="pairs">The pairs.</param>
        public static List<ResourceTag> Tags(IEnumerable<KeyValuePair<string, string>> pairs) =>
            pairs.Select(p => new ResourceTag(p.Key, p.Value)).ToList();
    }
}
