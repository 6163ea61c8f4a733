using System;
using System.Security;

namespace BedrockPS.Configuration
{
    /// <summary>
    /// The defaults set by Set-BedrockConfiguration for this PowerShell session. Null means "not set here":
    /// the environment and the shared AWS config files decide.
    /// </summary>
    internal sealed class SessionConfiguration
    {
        public string? Region { get; set; }

        public string? ProfileName { get; set; }

        public CredentialInput? Credential { get; set; }

        public SecureString? ApiKey { get; set; }

        public Uri? EndpointUrl { get; set; }

        public int? MaxAttempts { get; set; }

        public string? RetryMode { get; set; }

        public int? TimeoutSec { get; set; }

        public string? DefaultModelId { get; set; }

        public string? DefaultServiceTier { get; set; }

        public string? DefaultCacheTtl { get; set; }

        public SessionConfiguration Clone()
        {
            return new SessionConfiguration
            {
                Region = Region,
                ProfileName = ProfileName,
                Credential = Credential,
                // SecureString is mutable; hand out a read-only copy so callers can't change the registry's one.
                ApiKey = CopyOf(ApiKey),
                EndpointUrl = EndpointUrl,
                MaxAttempts = MaxAttempts,
                RetryMode = RetryMode,
                TimeoutSec = TimeoutSec,
                DefaultModelId = DefaultModelId,
                DefaultServiceTier = DefaultServiceTier,
                DefaultCacheTtl = DefaultCacheTtl,
            };
        }

        private static SecureString? CopyOf(SecureString? value)
        {
            if (value == null) return null;
            SecureString copy = value.Copy();
            copy.MakeReadOnly();
            return copy;
        }
    }
}
