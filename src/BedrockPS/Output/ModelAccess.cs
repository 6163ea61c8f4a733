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

        /// <summary>The inference profile the id names, when it names one.</summary>
        public string? InferenceProfileArn { get; }

        /// <summary>The region that was checked.</summary>
        public string? Region { get; }

        /// <summary>True when nothing stands in the way; then Reasons is empty.</summary>
        public bool Usable => ReasonCodes.Count == 0;

        /// <summary>NotFound, EndOfLife, LegacyNotInUse, NotAuthorized, NotEntitled, NotInRegion, AgreementPending, AgreementNotAvailable, AgreementError, RequiresInferenceProfile.</summary>
        public IReadOnlyList<string> ReasonCodes { get; }

        /// <summary>One sentence per reason: what is wrong and what to do.</summary>
        public IReadOnlyList<string> Reasons { get; }

        /// <summary>What does not block use today (a legacy model's end-of-life date).</summary>
        public IReadOnlyList<string> Warnings { get; }

        /// <summary>The state of the model's offer agreement (AVAILABLE, PENDING, NOT_AVAILABLE, ERROR).</summary>
        public string? AgreementStatus { get; }

        /// <summary>The service's message when the agreement is in error.</summary>
        public string? AgreementErrorMessage { get; }

        /// <summary>AUTHORIZED or NOT_AUTHORIZED for this account.</summary>
        public string? AuthorizationStatus { get; }

        /// <summary>AVAILABLE or NOT_AVAILABLE: whether the account is entitled to the model.</summary>
        public string? EntitlementAvailability { get; }

        /// <summary>AVAILABLE or NOT_AVAILABLE: whether the model is offered in the region.</summary>
        public string? RegionAvailability { get; }

        /// <summary>ACTIVE or LEGACY, from the model's catalog entry.</summary>
        public string? LifecycleStatus { get; }

        /// <summary>When the model became (or becomes) Legacy, if known.</summary>
        public DateTimeOffset? LegacyTime { get; }

        /// <summary>When the model stops answering, if known.</summary>
        public DateTimeOffset? EndOfLifeTime { get; }

        /// <summary>The id and whether it is usable, with the reason codes when not.</summary>
        public override string ToString() => ModelId + (Usable ? ": usable" : ": not usable (" + string.Join(", ", ReasonCodes) + ")");
    }
}
