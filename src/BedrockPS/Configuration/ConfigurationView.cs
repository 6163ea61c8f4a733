using System.Globalization;

namespace BedrockPS.Configuration
{
    /// <summary>The secret-free view of the session configuration.</summary>
    internal static class ConfigurationView
    {
        public static BedrockConfiguration Create(SessionConfiguration configuration)
        {
            return new BedrockConfiguration(
                configuration.Region,
                configuration.ProfileName,
                configuration.Credential?.Describe() ?? "not set",
                configuration.ApiKey != null ? "set" : "not set",
                configuration.EndpointUrl?.ToString(),
                configuration.MaxAttempts,
                configuration.RetryMode,
                configuration.TimeoutSec,
                configuration.DefaultModelId,
                configuration.DefaultServiceTier,
                configuration.DefaultCacheTtl);
        }

        /// <summary>One line for -Verbose; secrets appear only as set / not set.</summary>
        public static string Describe(SessionConfiguration configuration)
        {
            BedrockConfiguration view = Create(configuration);
            return string.Format(CultureInfo.InvariantCulture,
                "Region={0}; ProfileName={1}; Credential={2}; ApiKey={3}; EndpointUrl={4}; MaxAttempts={5}; RetryMode={6}; TimeoutSec={7}; DefaultModelId={8}; DefaultServiceTier={9}; DefaultCacheTtl={10}",
                view.Region ?? "(default)", view.ProfileName ?? "(default)", view.Credential, view.ApiKey,
                view.EndpointUrl ?? "(default)", view.MaxAttempts?.ToString(CultureInfo.InvariantCulture) ?? "(default)",
                view.RetryMode ?? "(default)", view.TimeoutSec?.ToString(CultureInfo.InvariantCulture) ?? "(default)",
                view.DefaultModelId ?? "(none)", view.DefaultServiceTier ?? "(none)", view.DefaultCacheTtl ?? "(none)");
        }
    }
}
