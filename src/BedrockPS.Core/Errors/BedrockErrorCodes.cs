namespace BedrockPS.Core
{
    /// <summary>Error codes of <see cref="BedrockServiceException"/>: the service's exception names plus client-side codes.</summary>
    public static class BedrockErrorCodes
    {
        /// <summary>Too many requests or tokens per minute (HTTP 429); retried by the transport.</summary>
        public const string Throttling = "ThrottlingException";
        /// <summary>The request is malformed or not supported by the model (HTTP 400); not retried.</summary>
        public const string Validation = "ValidationException";
        /// <summary>The model, profile, guardrail or job does not exist in this region (HTTP 404).</summary>
        public const string ResourceNotFound = "ResourceNotFoundException";
        /// <summary>The caller lacks permission, or model access is not granted (HTTP 403).</summary>
        public const string AccessDenied = "AccessDeniedException";
        /// <summary>The model took too long to answer (HTTP 408); retried.</summary>
        public const string ModelTimeout = "ModelTimeoutException";
        /// <summary>The model is not ready to serve yet (HTTP 429); retried.</summary>
        public const string ModelNotReady = "ModelNotReadyException";
        /// <summary>The model failed while handling the request (HTTP 424); see <see cref="BedrockServiceException.OriginalStatusCode"/>.</summary>
        public const string ModelError = "ModelErrorException";
        /// <summary>The model failed in the middle of a streamed answer.</summary>
        public const string ModelStreamError = "ModelStreamErrorException";
        /// <summary>The service is temporarily unavailable (HTTP 503); retried.</summary>
        public const string ServiceUnavailable = "ServiceUnavailableException";
        /// <summary>The service failed internally (HTTP 500); retried.</summary>
        public const string InternalServer = "InternalServerException";
        /// <summary>An account quota would be exceeded; raise the quota or wait, retrying at once does not help.</summary>
        public const string ServiceQuotaExceeded = "ServiceQuotaExceededException";
        /// <summary>The resource is in a state that forbids the operation, or the name is taken (HTTP 400).</summary>
        public const string Conflict = "ConflictException";
        /// <summary>The service rejected the SigV4 signature (wrong secret key, or a clock far off).</summary>
        public const string InvalidSignature = "InvalidSignatureException";
        /// <summary>The access key id is not known to AWS.</summary>
        public const string UnrecognizedClient = "UnrecognizedClientException";
        /// <summary>The session credentials have expired; refresh them (for example aws sso login).</summary>
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

        /// <summary>A batch job has no row manifest beside its input (it was not started by Start-BedrockBatchJob).</summary>
        public const string BatchManifestMissing = "BatchManifestMissing";

        /// <summary>A line of a batch job's row manifest cannot be read (edited or cut short).</summary>
        public const string BatchManifestInvalid = "BatchManifestInvalid";

        /// <summary>The service sent an unmodeled error or an unknown exception type.</summary>
        public const string Unknown = "UnknownError";
    }
}
