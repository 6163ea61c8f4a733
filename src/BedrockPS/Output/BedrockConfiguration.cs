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

        /// <summary>The default region, or null when the environment decides.</summary>
        public string? Region { get; }

        /// <summary>The default profile of the shared AWS config and credentials files, or null.</summary>
        public string? ProfileName { get; }

        /// <summary>"not set", the masked access key id, or the credentials type name.</summary>
        public string Credential { get; }

        /// <summary>"set" or "not set".</summary>
        public string ApiKey { get; }

        /// <summary>The default endpoint URL (for example an emulator's), or null for AWS's own.</summary>
        public string? EndpointUrl { get; }

        /// <summary>Attempts per call, the first one included; null means the default of 3.</summary>
        public int? MaxAttempts { get; }

        /// <summary>standard, adaptive or legacy; null means standard.</summary>
        public string? RetryMode { get; }

        /// <summary>Seconds an attempt may wait for the response to start (and the longest silence in a stream); null for the defaults.</summary>
        public int? TimeoutSec { get; }

        /// <summary>The model used when a call gives none and its session names none.</summary>
        public string? DefaultModelId { get; }

        /// <summary>The service tier of calls that give none themselves and whose session gives none.</summary>
        public string? DefaultServiceTier { get; }

        /// <summary>The cache lifetime (5m or 1h) of cache points when neither the call nor the session gives one.</summary>
        public string? DefaultCacheTtl { get; }
    }
}
