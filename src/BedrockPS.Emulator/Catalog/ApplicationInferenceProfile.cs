using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// An application inference profile the account created (CreateInferenceProfile): a name, tags for cost
    /// allocation, and the model ARNs copied from a foundation model or a system profile. Immutable but for its tags.
    /// </summary>
    internal sealed class ApplicationInferenceProfile
    {
        public ApplicationInferenceProfile(string id, string name, string? description, string arn, FoundationModel model,
            IReadOnlyList<string> modelArns, string? clientRequestToken, string sourceArn, DateTimeOffset createdAt,
            IReadOnlyList<KeyValuePair<string, string>> tags)
        {
            InferenceProfileId = id;
            InferenceProfileName = name;
            Description = description;
            Arn = arn;
            Model = model;
            ModelArns = modelArns;
            ClientRequestToken = clientRequestToken;
            SourceArn = sourceArn;
            CreatedAt = createdAt;
            Tags = tags;
        }

        /// <summary>Twelve lower-case letters and digits, as the service makes them.</summary>
        public string InferenceProfileId { get; }
        public string InferenceProfileName { get; }
        public string? Description { get; }
        public string Arn { get; }
        /// <summary>The foundation model calls through this profile reach.</summary>
        public FoundationModel Model { get; }
        public IReadOnlyList<string> ModelArns { get; }
        public string? ClientRequestToken { get; }
        /// <summary>The copyFrom ARN it was created from (to tell a retried request from a different one).</summary>
        public string SourceArn { get; }
        public DateTimeOffset CreatedAt { get; }
        /// <summary>Replaced as a whole (under the store's lock) by TagResource / UntagResource.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Tags { get; set; }
    }
}
