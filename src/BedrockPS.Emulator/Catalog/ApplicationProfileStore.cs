using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// The account's application inference profiles. One lock guards the table; callers get the profile objects,
    /// whose only changing member (tags) is swapped whole under the same lock.
    /// </summary>
    internal sealed class ApplicationProfileStore
    {
        /// <summary>The service's limit of tags on one resource (TooManyTagsException above it).</summary>
        public const int MaxTagsPerResource = 50;
        private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        private readonly object _gate = new object();
        private readonly List<ApplicationInferenceProfile> _profiles = new List<ApplicationInferenceProfile>();

        public IReadOnlyList<ApplicationInferenceProfile> Snapshot()
        {
            lock (_gate)
            {
                return _profiles.ToList();
            }
        }

        /// <summary>By id or ARN; null when there is none.</summary>
        public ApplicationInferenceProfile? Find(string identifier)
        {
            BedrockArn.TryGetResourceId(identifier, "application-inference-profile", out string id);
            lock (_gate)
            {
                return _profiles.FirstOrDefault(p => string.Equals(p.InferenceProfileId, id, StringComparison.Ordinal));
            }
        }

        /// <summary>
        /// Adds a profile, or returns the one an earlier request with the same client token created (a retry).
        /// A name already in use is a ConflictException, as is a token reused for a different request.
        /// </summary>
        public ApplicationInferenceProfile Create(string name, string? description, FoundationModel model, IReadOnlyList<string> modelArns,
            string sourceArn, string? clientRequestToken, IReadOnlyList<KeyValuePair<string, string>> tags, string region, string accountId)
        {
            lock (_gate)
            {
                if (clientRequestToken != null)
                {
                    var earlier = _profiles.FirstOrDefault(p => p.ClientRequestToken == clientRequestToken);
                    if (earlier != null)
                    {
                        if (earlier.InferenceProfileName == name && earlier.SourceArn == sourceArn && earlier.Description == description)
                        {
                            return earlier;
                        }
                        throw new ServiceError(400, "ConflictException", "The client request token was already used for a different request.");
                    }
                }
                if (_profiles.Any(p => p.InferenceProfileName == name))
                {
                    throw new ServiceError(400, "ConflictException", "An inference profile with the name " + name + " already exists.");
                }
                string id = NewId();
                string arn = "arn:aws:bedrock:" + region + ":" + accountId + ":application-inference-profile/" + id;
                var profile = new ApplicationInferenceProfile(id, name, description, arn, model, modelArns, clientRequestToken, sourceArn,
                    DateTimeOffset.UtcNow, tags);
                _profiles.Add(profile);
                return profile;
            }
        }

        public bool Delete(string identifier)
        {
            var profile = Find(identifier);
            lock (_gate)
            {
                return profile != null && _profiles.Remove(profile);
            }
        }

        /// <summary>Adds or overwrites tags by key; more than the limit in all is TooManyTagsException.</summary>
        public void Tag(ApplicationInferenceProfile profile, IReadOnlyList<KeyValuePair<string, string>> tags)
        {
            lock (_gate)
            {
                var merged = profile.Tags.Where(t => !tags.Any(n => n.Key == t.Key)).Concat(tags).ToList();
                if (merged.Count > MaxTagsPerResource)
                {
                    throw TooManyTags(profile.Arn);
                }
                profile.Tags = merged;
            }
        }

        public void Untag(ApplicationInferenceProfile profile, IReadOnlyCollection<string> keys)
        {
            lock (_gate)
            {
                profile.Tags = profile.Tags.Where(t => !keys.Contains(t.Key)).ToList();
            }
        }

        public static ServiceError TooManyTags(string resourceArn) =>
            new ServiceError(400, "TooManyTagsException", "The number of tags exceeds the limit of " + MaxTagsPerResource + " tags per resource.",
                new Dictionary<string, object> { ["resourceName"] = resourceArn });

        private static string NewId()
        {
            var bytes = new byte[12];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }
            return new string(bytes.Select(b => IdAlphabet[b % IdAlphabet.Length]).ToArray());
        }
    }
}
