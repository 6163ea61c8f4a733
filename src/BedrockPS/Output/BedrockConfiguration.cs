namespace BedrockPS
{
    /// <summary>
    /// The session defaults as Get-BedrockConfiguration shows them: secrets are never included, only whether
    /// they are set (the credential appears as its masked access key id).
    /// </summary>
    public sealed class BedrockConfiguration
    {
        internal BedrockConfiguration(
            string? region,
            string? profileName,
            string credential,
            string apiKey,
            string? endpointUrl,
            int? maxAttempts,
            string? retryMode,
            int? timeoutSec,
            string? defaultModelId,
            string? defaultServiceTier = null,
            string? defaultCacheTtl = null)
        {
            Region = region;
            ProfileName = profileName;
            Credential = credential;
            ApiKey = apiKey;
            EndpointUrl = endpointUrl;
            MaxAttempts = maxAttempts;
            RetryMode = retryMode;
            TimeoutSec = timeoutSec;
            DefaultModelId = defaultModelId;
            DefaultServiceTier = defaultServiceTier;
            DefaultCacheTtl = defaultCacheTtl;
        }

        public string? Region { get; }

        public string? ProfileName { get; }

        /// <summary>"not set", the masked access key id, or the credentials type name.</summary>
        public string Credential { get; }

        /// <summary>"set" or "not set".</summary>
        public string ApiKey { get; }

        public string? EndpointUrl { get; }

        public int? MaxAttempts { get; }

        public string? RetryMode { get; }

        public int? TimeoutSec { get; }

        public string? DefaultModelId { get; }

        /// <summary>The service tier of calls that give none themselves and whose session gives none.</summary>
        public string? DefaultServiceTier { get; }

        /// <summary>The cache lifetime (5m or 1h) of cache points when neither the call nor the session gives one.</summary>
        public string? DefaultCacheTtl { get; }
    }
}
