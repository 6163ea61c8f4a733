using System;
using System.Collections.Generic;

namespace BedrockPS
{
    /// <summary>
    /// Test-BedrockModelAccess: whether this account can use a model id in a region, from the model's
    /// availability (agreement, authorization, entitlement, region) and its lifecycle, with every reason it cannot.
    /// </summary>
    public sealed class ModelAccess
    {
        internal ModelAccess(string requestedId, string? foundationModelId, string? inferenceProfileArn, string? region,
            IReadOnlyList<string> reasonCodes, IReadOnlyList<string> reasons, IReadOnlyList<string> warnings,
            string? agreementStatus, string? agreementErrorMessage, string? authorizationStatus, string? entitlementAvailability,
            string? regionAvailability, string? lifecycleStatus, DateTimeOffset? legacyTime, DateTimeOffset? endOfLifeTime)
        {
            ModelId = requestedId;
            FoundationModelId = foundationModelId;
            InferenceProfileArn = inferenceProfileArn;
            Region = region;
            ReasonCodes = reasonCodes;
            Reasons = reasons;
            Warnings = warnings;
            AgreementStatus = agreementStatus;
            AgreementErrorMessage = agreementErrorMessage;
            AuthorizationStatus = authorizationStatus;
            EntitlementAvailability = entitlementAvailability;
            RegionAvailability = regionAvailability;
            LifecycleStatus = lifecycleStatus;
            LegacyTime = legacyTime;
            EndOfLifeTime = endOfLifeTime;
        }

        /// <summary>The id that was checked, as given (so the object pipes into Invoke-BedrockConverse -ModelId).</summary>
        public string ModelId { get; }

        /// <summary>The foundation model behind the id (itself, or the model of the inference profile it names).</summary>
        public string? FoundationModelId { get; }

        public string? InferenceProfileArn { get; }

        public string? Region { get; }

        /// <summary>True when nothing stands in the way; then Reasons is empty.</summary>
        public bool Usable => ReasonCodes.Count == 0;

        /// <summary>NotFound, EndOfLife, LegacyNotInUse, NotAuthorized, NotEntitled, NotInRegion, AgreementPending, AgreementNotAvailable, AgreementError, RequiresInferenceProfile.</summary>
        public IReadOnlyList<string> ReasonCodes { get; }

        /// <summary>One sentence per reason: what is wrong and what to do.</summary>
        public IReadOnlyList<string> Reasons { get; }

        /// <summary>What does not block use today (a legacy model's end-of-life date).</summary>
        public IReadOnlyList<string> Warnings { get; }

        public string? AgreementStatus { get; }

        public string? AgreementErrorMessage { get; }

        public string? AuthorizationStatus { get; }

        public string? EntitlementAvailability { get; }

        public string? RegionAvailability { get; }

        public string? LifecycleStatus { get; }

        public DateTimeOffset? LegacyTime { get; }

        public DateTimeOffset? EndOfLifeTime { get; }

        public override string ToString() => ModelId + (Usable ? ": usable" : ": not usable (" + string.Join(", ", ReasonCodes) + ")");
    }
}
