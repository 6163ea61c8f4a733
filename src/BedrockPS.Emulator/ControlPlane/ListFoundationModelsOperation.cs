using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>GET /foundation-models with the byProvider, byCustomizationType, byOutputModality and byInferenceType filters.</summary>
    internal sealed class ListFoundationModelsOperation : IOperation
    {
        private static readonly Regex ProviderPattern = new Regex("^[A-Za-z0-9- ]{1,63}$");

        public async Task HandleAsync(OperationContext context)
        {
            var request = context.Request;
            string? provider = request.Query("byProvider");
            string? customization = request.Query("byCustomizationType");
            string? modality = request.Query("byOutputModality");
            string? inference = request.Query("byInferenceType");
            var violations = new List<string>();
            if (provider != null && !ProviderPattern.IsMatch(provider))
            {
                violations.Add("Value '" + provider + "' at 'byProvider' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9- ]{1,63}$");
            }
            CheckEnum(customization, "byCustomizationType", new[] { "FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION" }, violations);
            CheckEnum(modality, "byOutputModality", new[] { "TEXT", "IMAGE", "EMBEDDING" }, violations);
            CheckEnum(inference, "byInferenceType", new[] { "ON_DEMAND", "PROVISIONED" }, violations);
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }

            var summaries = new JsonArray();
            DateTimeOffset now = context.Engine.Clock();
            foreach (var model in context.Engine.Catalog.Models)
            {
                // Past end of life a model is gone from the catalog; only the documentation still names it.
                if (model.Lifecycle.IsRetiredAt(now))
                {
                    continue;
                }
                if (provider != null && !string.Equals(provider, model.ProviderName, StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(provider, model.ProviderKey, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if ((customization != null && !model.CustomizationsSupported.Contains(customization))
                    || (modality != null && !model.OutputModalities.Contains(modality))
                    || (inference != null && !model.InferenceTypesSupported.Contains(inference)))
                {
                    continue;
                }
                summaries.Add(CatalogJson.Model(model, context.Engine.Region, now));
            }
            var response = new JsonObject { ["modelSummaries"] = summaries };
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }

        private static void CheckEnum(string? value, string member, string[] allowed, List<string> violations)
        {
            if (value != null && !allowed.Contains(value))
            {
                violations.Add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must satisfy enum value set: [" + string.Join(", ", allowed) + "]");
            }
        }
    }
}
