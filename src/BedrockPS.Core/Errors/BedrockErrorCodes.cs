namespace BedrockPS.Core
{
    /// <summary>Error codes of <see cref="BedrockServiceException"/>: the service's exception names plus client-side codes.</summary>
    public static class BedrockErrorCodes
    {
        public const string Throttling = "ThrottlingException";
        public const string Validation = "ValidationException";
        public const string ResourceNotFound = "ResourceNotFoundException";
        public const string AccessDenied = "AccessDeniedException";
        public const string ModelTimeout = "ModelTimeoutException";
        public const string ModelNotReady = "ModelNotReadyException";
        public const string ModelError = "ModelErrorException";
        public const string ModelStreamError = "ModelStreamErrorException";
        public const string ServiceUnavailable = "ServiceUnavailableException";
        public const string InternalServer = "InternalServerException";
        public const string ServiceQuotaExceeded = "ServiceQuotaExceededException";
        public const string Conflict = "ConflictException";
        public const string InvalidSignature = "InvalidSignatureException";
        public const string UnrecognizedClient = "UnrecognizedClientException";
        public const string ExpiredToken = "ExpiredTokenException";

        /// <summary>No credentials or API key could be found.</summary>
        public const string NoCredentials = "NoCredentials";

        /// <summary>No region could be found.</summary>
        public const string NoRegion = "NoRegion";

        /// <summary>A stream was cut, truncated, corrupted (CRC) or stalled.</summary>
        public const string StreamInterrupted = "StreamInterrupted";

        /// <summary>An attempt took longer than the configured timeout.</summary>
        public const string RequestTimeout = "RequestTimeout";

        /// <summary>The connection could not be made or broke before a response.</summary>
        public const string ConnectionFailure = "ConnectionFailure";

        /// <summary>The endpoint URL is not usable.</summary>
        public const string InvalidEndpoint = "InvalidEndpoint";

        /// <summary>A bearer API key would have gone over plain http to a non-loopback host.</summary>
        public const string InsecureBearerEndpoint = "InsecureBearerEndpoint";

        /// <summary>A setting (retry mode, attempts, ...) has a value the client cannot use.</summary>
        public const string InvalidConfiguration = "InvalidConfiguration";

        /// <summary>The response could not be understood.</summary>
        public const string InvalidResponse = "InvalidResponse";

        /// <summary>A JSON Schema for structured output that cannot be used (malformed, or beyond what the service accepts).</summary>
        public const string InvalidJsonSchema = "InvalidJsonSchema";

        /// <summary>The service sent an unmodeled error or an unknown exception type.</summary>
        public const string Unknown = "UnknownError";
    }
}
