using System;
using System.Collections.Generic;
using System.Linq;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// Turns the decoded {modelId} label into a catalog model: foundation model ids, inference profile ids
    /// (us./eu./apac./global.) and the ARNs of both. Also enforces model access (enabled / disabled lists) and
    /// the rule that profile-only models cannot be invoked on demand by their bare id, and answers retired models
    /// (past end of life) and Legacy models the account has not used lately as the service does. Application
    /// inference profiles (by id or ARN) route to the model they were copied from.
    /// </summary>
    internal sealed class ModelResolver
    {
        private static readonly string[] ProfilePrefixes = { "us.", "eu.", "apac.", "global.", "us-gov.", "ca.", "jp.", "au." };
        private readonly ModelCatalog _catalog;
        private readonly AvailabilityTable _availability;
        private readonly ApplicationProfileStore _applicationProfiles;
        private readonly bool _enforceProfileOnly;
        private readonly Func<DateTimeOffset> _clock;
        private readonly HashSet<string> _inactiveLegacy;

        public ModelResolver(ModelCatalog catalog, AvailabilityTable availability, ApplicationProfileStore applicationProfiles, bool enforceProfileOnly,
            Func<DateTimeOffset> clock, IEnumerable<string>? inactiveLegacyModels)
        {
            _clock = clock;
            _inactiveLegacy = new HashSet<string>(inactiveLegacyModels ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            _catalog = catalog;
            _availability = availability;
            _applicationProfiles = applicationProfiles;
            _enforceProfileOnly = enforceProfileOnly;
        }

        /// <param name="modelId">The model id as sent: foundation model id, inference profile id, or either's ARN.</param>
        /// <param name="unknownIsNotFound">Converse answers an unknown foundation model with 404; InvokeModel with 400.</param>
        public ResolvedModel Resolve(string modelId, bool unknownIsNotFound)
        {
            if (modelId.Length == 0 || modelId.Length > 2048)
            {
                throw ServiceError.Validation("1 validation error detected: Value '" + Shorten(modelId) + "' at 'modelId' failed to satisfy constraint: Member must have length "
                    + (modelId.Length == 0 ? "greater than or equal to 1" : "less than or equal to 2048"));
            }

            string id = modelId;
            bool viaArn = false;
            if (id.StartsWith("arn:", StringComparison.Ordinal))
            {
                id = FromArn(id);
                viaArn = true;
            }

            InferenceProfile? profile = null;
            FoundationModel? model;
            ApplicationInferenceProfile? application = _applicationProfiles.Find(id);
            if (application != null)
            {
                model = application.Model;
            }
            else if (ProfilePrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)))
            {
                profile = _catalog.FindProfile(id) ?? throw ServiceError.Validation("The provided model identifier is invalid.");
                model = profile.Model;
            }
            else
            {
                model = _catalog.FindModel(id);
                if (model == null)
                {
                    throw unknownIsNotFound
                        ? ServiceError.NotFound("Could not resolve the foundation model from the provided model identifier.")
                        : ServiceError.Validation("The provided model identifier is invalid.");
                }
            }

            RefuseUnusable(model);
            if (_enforceProfileOnly && profile == null && application == null && !viaArn && !model.InferenceTypesSupported.Contains("ON_DEMAND"))
            {
                throw ServiceError.Validation("Invocation of model ID " + model.ModelId + " with on-demand throughput isn't supported. "
                    + "Retry your request with the ID or ARN of an inference profile that contains this model.");
            }
            return new ResolvedModel(modelId, model, profile);
        }

        /// <summary>
        /// Throws the service's answer for a model this account cannot call now: past its end of life, a Legacy model the
        /// account has not used lately, or one GetFoundationModelAvailability reports unusable (in that order).
        /// </summary>
        public void RefuseUnusable(FoundationModel model)
        {
            DateTimeOffset now = _clock();
            if (model.Lifecycle.IsRetiredAt(now))
            {
                throw LifecycleAnswers.EndOfLife();
            }
            if (model.Lifecycle.IsLegacyAt(now) && (_inactiveLegacy.Contains("*") || _inactiveLegacy.Contains(model.ModelId)))
            {
                throw LifecycleAnswers.LegacyInactive();
            }
            RefuseUnavailable(_availability.For(model.ModelId));
        }

        /// <summary>The runtime's answer for a model the account may not use (GetFoundationModelAvailability says why).</summary>
        private static void RefuseUnavailable(ModelAvailability availability)
        {
            if (availability.RegionAvailability != "AVAILABLE")
            {
                throw ServiceError.Validation("The provided model identifier is invalid.");
            }
            if (availability.AuthorizationStatus != "AUTHORIZED")
            {
                throw ServiceError.AccessDenied("You don't have access to the model with the specified model ID.");
            }
            if (availability.EntitlementAvailability != "AVAILABLE" || availability.AgreementStatus != "AVAILABLE")
            {
                throw ServiceError.AccessDenied("Model access is denied due to the account not being entitled to this model or its agreement not being accepted. "
                    + "Request access to the model in the Amazon Bedrock console.");
            }
        }

        private static string FromArn(string arn)
        {
            if (BedrockArn.TryGetResourceId(arn, "foundation-model", out string id) || BedrockArn.TryGetResourceId(arn, "inference-profile", out id)
                || BedrockArn.TryGetResourceId(arn, "application-inference-profile", out id))
            {
                return id;
            }
            throw ServiceError.Validation("The provided model identifier is invalid.");
        }

        private static string Shorten(string text) => text.Length <= 64 ? text : text.Substring(0, 64) + "...";
    }
}
