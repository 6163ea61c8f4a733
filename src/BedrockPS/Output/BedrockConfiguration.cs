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
            string? defaultModelId)
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
    }
}
