using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator
{
    /// <summary>
    /// What GetFoundationModelAvailability answers for one model, and so whether the emulated account may call it.
    /// Every member defaults to the value of a model that is fully usable.
    /// </summary>
    public sealed class ModelAvailability
    {
        /// <summary>AVAILABLE, PENDING, NOT_AVAILABLE or ERROR (the provider's end-user licence agreement).</summary>
        public string AgreementStatus { get; set; } = "AVAILABLE";

        /// <summary>Reported with an ERROR agreement status.</summary>
        public string? AgreementErrorMessage { get; set; }

        /// <summary>AUTHORIZED or NOT_AUTHORIZED (model access granted to the account).</summary>
        public string AuthorizationStatus { get; set; } = "AUTHORIZED";

        /// <summary>AVAILABLE or NOT_AVAILABLE (the account's entitlement, for example a Marketplace subscription).</summary>
        public string EntitlementAvailability { get; set; } = "AVAILABLE";

        /// <summary>AVAILABLE or NOT_AVAILABLE (the model is offered in the emulator's region).</summary>
        public string RegionAvailability { get; set; } = "AVAILABLE";

        /// <summary>The condition names <see cref="Parse"/> accepts.</summary>
        public static IReadOnlyList<string> ConditionNames { get; } = new[]
        {
            "NotAuthorized", "NotEntitled", "NotInRegion", "AgreementPending", "AgreementNotAvailable", "AgreementError",
        };

        /// <summary>
        /// Builds an availability from condition names separated by commas ("NotAuthorized,AgreementPending"); an
        /// empty text is a fully usable model. Used by Start-BedrockEmulator and the standalone host.
        /// </summary>
        public static ModelAvailability Parse(string conditions)
        {
            var availability = new ModelAvailability();
            foreach (string raw in (conditions ?? string.Empty).Split(new[] { ',', ' ', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                switch (raw.Trim().ToUpperInvariant())
                {
                    case "NOTAUTHORIZED": availability.AuthorizationStatus = "NOT_AUTHORIZED"; break;
                    case "NOTENTITLED": availability.EntitlementAvailability = "NOT_AVAILABLE"; break;
                    case "NOTINREGION": availability.RegionAvailability = "NOT_AVAILABLE"; break;
                    case "AGREEMENTPENDING": availability.AgreementStatus = "PENDING"; break;
                    case "AGREEMENTNOTAVAILABLE": availability.AgreementStatus = "NOT_AVAILABLE"; break;
                    case "AGREEMENTERROR":
                        availability.AgreementStatus = "ERROR";
                        availability.AgreementErrorMessage = "The agreement for this model could not be processed.";
                        break;
                    default:
                        throw new FormatException("Unknown model availability condition '" + raw + "'. Use one or more of: " + string.Join(", ", ConditionNames) + ".");
                }
            }
            return availability;
        }

        internal bool IsUsable =>
            AgreementStatus == "AVAILABLE" && AuthorizationStatus == "AUTHORIZED"
            && EntitlementAvailability == "AVAILABLE" && RegionAvailability == "AVAILABLE";
    }
}
