using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Preflight
{
    /// <summary>
    /// The preflight: finds the foundation model behind a model id (through its inference profile when it names
    /// one), then reads its lifecycle (GetFoundationModel) and availability (GetFoundationModelAvailability). Only
    /// free control-plane reads are made. A model or profile that does not exist, or that the service retired, is a
    /// reason in the report; every other failure (credentials, region, permissions, throttling) is thrown.
    /// </summary>
    public static class ModelAccessCheck
    {
        /// <summary>Checks whether this account can call a model id in the client's region. Makes only free control-plane reads.</summary>
        /// <param name="service">The client the reads are made with.</param>
        /// <param name="modelId">Foundation model id or ARN, or an inference profile id or ARN.</param>
        /// <param name="now">The current time, against which legacy and end-of-life dates are judged.</param>
        /// <param name="cancellationToken">Cancels the reads.</param>
        /// <returns>The report; its reasons are empty when the model can be used.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="modelId"/> is empty.</exception>
        /// <exception cref="BedrockServiceException">A read failed for another reason than a missing or retired model (credentials, region, permissions, throttling).</exception>
        public static async Task<ModelAccessReport> CheckAsync(IBedrockService service, string modelId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (service == null) throw new ArgumentNullException(nameof(service));
            if (string.IsNullOrWhiteSpace(modelId)) throw new ArgumentException("A model id is required.", nameof(modelId));
            var report = new ModelAccessReport { RequestedId = modelId };

            string? foundationId = ModelIdentifiers.FoundationModelIdOf(modelId);
            if (foundationId == null)
            {
                foundationId = await ModelOfProfileAsync(service, modelId, report, cancellationToken).ConfigureAwait(false);
                if (foundationId == null) return report;
            }
            report.ModelId = foundationId;

            FoundationModelSummary? model = await ModelAsync(service, foundationId, report, cancellationToken).ConfigureAwait(false);
            if (model == null) return report;
            ReadLifecycle(model, report, now);
            if (report.InferenceProfileArn == null && model.InferenceTypesSupported != null
                && model.InferenceTypesSupported.Contains("INFERENCE_PROFILE") && !model.InferenceTypesSupported.Contains("ON_DEMAND"))
            {
                report.Reasons.Add(new ModelAccessReason("RequiresInferenceProfile",
                    foundationId + " is offered only through inference profiles: call it as us." + foundationId + " (or eu., apac., global.), or through an application inference profile."));
            }

            FoundationModelAvailability availability = await service.GetFoundationModelAvailabilityAsync(foundationId, cancellationToken).ConfigureAwait(false);
            ReadAvailability(availability, report);
            return report;
        }

        private static async Task<string?> ModelOfProfileAsync(IBedrockService service, string profileId, ModelAccessReport report, CancellationToken ct)
        {
            InferenceProfileSummary profile;
            try
            {
                profile = await service.GetInferenceProfileAsync(profileId.Trim(), ct).ConfigureAwait(false);
            }
            catch (BedrockServiceException ex) when (ex.ErrorCode == BedrockErrorCodes.ResourceNotFound || ex.ErrorCode == BedrockErrorCodes.Validation)
            {
                report.Reasons.Add(new ModelAccessReason("NotFound",
                    "No inference profile " + profileId + " exists in this region (" + ex.Message.TrimEnd('.') + "). List them with Get-BedrockInferenceProfile."));
                return null;
            }
            report.InferenceProfileArn = profile.InferenceProfileArn;
            string? arn = profile.Models?.Select(m => m.ModelArn).FirstOrDefault(a => !string.IsNullOrEmpty(a));
            string? modelId = arn == null ? null : ModelIdentifiers.FoundationModelIdOf(arn);
            if (modelId == null)
            {
                report.Reasons.Add(new ModelAccessReason("NotFound", "The inference profile " + profileId + " lists no foundation model."));
            }
            return modelId;
        }

        private static async Task<FoundationModelSummary?> ModelAsync(IBedrockService service, string modelId, ModelAccessReport report, CancellationToken ct)
        {
            try
            {
                return await service.GetFoundationModelAsync(modelId, ct).ConfigureAwait(false);
            }
            catch (BedrockServiceException ex) when (ex.ErrorCode == BedrockErrorCodes.ResourceNotFound || ex.ErrorCode == BedrockErrorCodes.Validation)
            {
                report.Reasons.Add(ReasonForMissingModel(modelId, ex.Message));
                return null;
            }
        }

        /// <summary>The service answers a retired model, a legacy model the account stopped using and an unknown id all as not found; the message tells them apart.</summary>
        internal static ModelAccessReason ReasonForMissingModel(string modelId, string serviceMessage)
        {
            string message = serviceMessage ?? string.Empty;
            if (message.IndexOf("end of its life", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new ModelAccessReason("EndOfLife", modelId + " has reached the end of its life and can no longer be called. Move to an active model (Get-BedrockModel lists them with their lifecycle status).");
            }
            if (message.IndexOf("Legacy", StringComparison.Ordinal) >= 0)
            {
                return new ModelAccessReason("LegacyNotInUse", modelId + " is a legacy model this account has not used in the last 30 days, so it may no longer call it. Move to an active model.");
            }
            return new ModelAccessReason("NotFound", "No foundation model " + modelId + " exists in this region (" + message.TrimEnd('.') + "). Check the id with Get-BedrockModel.");
        }

        private static void ReadLifecycle(FoundationModelSummary model, ModelAccessReport report, DateTimeOffset now)
        {
            FoundationModelLifecycle? lifecycle = model.ModelLifecycle;
            report.LifecycleStatus = lifecycle?.Status;
            report.LegacyTime = lifecycle?.LegacyTime;
            report.EndOfLifeTime = lifecycle?.EndOfLifeTime;
            if (lifecycle?.EndOfLifeTime is DateTimeOffset end && end <= now)
            {
                report.Reasons.Add(new ModelAccessReason("EndOfLife", model.ModelId + " reached the end of its life on " + Day(end) + ". Move to an active model."));
            }
            else if (string.Equals(lifecycle?.Status, "LEGACY", StringComparison.OrdinalIgnoreCase))
            {
                report.Warnings.Add(model.ModelId + " is a legacy model" + (lifecycle?.EndOfLifeTime is DateTimeOffset eol ? " and reaches the end of its life on " + Day(eol) : string.Empty)
                    + ". Plan the move to an active model.");
            }
        }

        private static void ReadAvailability(FoundationModelAvailability availability, ModelAccessReport report)
        {
            report.AgreementStatus = availability.AgreementAvailability?.Status;
            report.AgreementErrorMessage = availability.AgreementAvailability?.ErrorMessage;
            report.AuthorizationStatus = availability.AuthorizationStatus;
            report.EntitlementAvailability = availability.EntitlementAvailability;
            report.RegionAvailability = availability.RegionAvailability;
            string model = report.ModelId!;
            if (IsNot(report.RegionAvailability, "AVAILABLE"))
            {
                report.Reasons.Add(new ModelAccessReason("NotInRegion", model + " is not offered in this region. Use a region that offers it, or a cross-region inference profile."));
            }
            if (IsNot(report.AuthorizationStatus, "AUTHORIZED"))
            {
                report.Reasons.Add(new ModelAccessReason("NotAuthorized", "This account has no access to " + model + ". Request it on the Model access page of the Bedrock console, in this region."));
            }
            if (IsNot(report.EntitlementAvailability, "AVAILABLE"))
            {
                report.Reasons.Add(new ModelAccessReason("NotEntitled", "This account is not entitled to " + model + " (for example no AWS Marketplace subscription). Request access on the Model access page of the Bedrock console."));
            }
            switch (report.AgreementStatus?.ToUpperInvariant())
            {
                case null:
                case "AVAILABLE":
                    break;
                case "PENDING":
                    report.Reasons.Add(new ModelAccessReason("AgreementPending", "The provider's agreement for " + model + " is still being processed. Wait, then run the check again."));
                    break;
                case "ERROR":
                    report.Reasons.Add(new ModelAccessReason("AgreementError", "The provider's agreement for " + model + " failed" + (string.IsNullOrEmpty(report.AgreementErrorMessage) ? "" : ": " + report.AgreementErrorMessage!.TrimEnd('.'))
                        + ". Request access again on the Model access page of the Bedrock console."));
                    break;
                default:
                    report.Reasons.Add(new ModelAccessReason("AgreementNotAvailable", "No provider agreement for " + model + " is in place. Accept it on the Model access page of the Bedrock console."));
                    break;
            }
        }

        private static bool IsNot(string? value, string expected) => value != null && !string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

        private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
