using System.Linq;
using BedrockPS.Core.Preflight;

namespace BedrockPS.Mapping
{
    /// <summary>Turns Core's preflight report into the record Test-BedrockModelAccess writes.</summary>
    internal static class ModelAccessMapper
    {
        public static ModelAccess ToModelAccess(ModelAccessReport report, string? region)
        {
            return new ModelAccess(
                report.RequestedId,
                report.ModelId,
                report.InferenceProfileArn,
                region,
                report.Reasons.Select(r => r.Code).ToList().AsReadOnly(),
                report.Reasons.Select(r => r.ToString()).ToList().AsReadOnly(),
                report.Warnings.ToList().AsReadOnly(),
                report.AgreementStatus,
                report.AgreementErrorMessage,
                report.AuthorizationStatus,
                report.EntitlementAvailability,
                report.RegionAvailability,
                report.LifecycleStatus,
                report.LegacyTime,
                report.EndOfLifeTime);
        }
    }
}
