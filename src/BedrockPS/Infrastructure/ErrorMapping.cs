using System.Collections.Generic;
using System.Management.Automation;
using BedrockPS.Core;
using BedrockPS.Core.Lifecycle;

namespace BedrockPS.Infrastructure
{
    /// <summary>How one Bedrock error code appears to PowerShell users: error id, category and what to do.</summary>
    internal sealed class ErrorMapping
    {
        private ErrorMapping(string errorId, ErrorCategory category, string advice, bool messageHasAdvice = false)
        {
            ErrorId = errorId;
            Category = category;
            Advice = advice;
            MessageHasAdvice = messageHasAdvice;
        }

        public string ErrorId { get; }

        public ErrorCategory Category { get; }

        public string Advice { get; }

        /// <summary>Core's own message already says what to do (client-side configuration errors); don't repeat it.</summary>
        public bool MessageHasAdvice { get; }

        /// <summary>Service error codes (and Core's client-side codes) to their mapping.</summary>
        public static readonly IReadOnlyDictionary<string, ErrorMapping> ByErrorCode = new Dictionary<string, ErrorMapping>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["ThrottlingException"] = new ErrorMapping("BedrockPS.Throttling", ErrorCategory.LimitsExceeded,
                "Bedrock is throttling this account or model. Retry later, lower -ThrottleLimit, raise the retry count with Set-BedrockConfiguration -MaxAttempts, or request a quota increase."),
            ["AccessDeniedException"] = new ErrorMapping("BedrockPS.AccessDenied", ErrorCategory.PermissionDenied,
                "Enable model access for this model in the Bedrock console (Model access page) for this region, and check that the IAM identity may call bedrock:InvokeModel for it."),
            ["ValidationException"] = new ErrorMapping("BedrockPS.Validation", ErrorCategory.InvalidArgument,
                "Bedrock rejected the request as invalid; correct the parameter the message names (for example the model id, -MaxTokens or the message content)."),
            ["ResourceNotFoundException"] = new ErrorMapping("BedrockPS.ModelNotFound", ErrorCategory.ObjectNotFound,
                "Check the model id with Get-BedrockModel or Get-BedrockInferenceProfile; newer models must be called through an inference profile id (us., eu. or global. prefix)."),
            ["ModelTimeoutException"] = new ErrorMapping("BedrockPS.ModelTimeout", ErrorCategory.OperationTimeout,
                "The model took too long to answer. Retry, shorten the prompt, lower -MaxTokens, or use -Stream."),
            ["ModelNotReadyException"] = new ErrorMapping("BedrockPS.ModelNotReady", ErrorCategory.ResourceUnavailable,
                "The model is not ready to serve requests yet. Wait a moment and retry."),
            ["ServiceUnavailableException"] = new ErrorMapping("BedrockPS.ServiceUnavailable", ErrorCategory.ResourceUnavailable,
                "Bedrock is temporarily unavailable. Retry later or try another region."),
            ["InternalServerException"] = new ErrorMapping("BedrockPS.InternalServer", ErrorCategory.NotSpecified,
                "Bedrock failed internally. Retry; if it persists, report the request id to AWS Support."),
            ["ServiceQuotaExceededException"] = new ErrorMapping("BedrockPS.ServiceQuotaExceeded", ErrorCategory.QuotaExceeded,
                "A Bedrock service quota was exceeded. Request an increase in the Service Quotas console or reduce the request size."),
            ["ModelErrorException"] = new ErrorMapping("BedrockPS.ModelError", ErrorCategory.InvalidResult,
                "The model failed while processing the request. Check the request body against the model's native format."),
            ["ModelStreamErrorException"] = new ErrorMapping("BedrockPS.ModelStreamError", ErrorCategory.InvalidResult,
                "The model failed in the middle of its streamed answer. Retry the request."),
            ["ConflictException"] = new ErrorMapping("BedrockPS.Conflict", ErrorCategory.ResourceExists,
                "The request conflicts with the current state of the resource."),
            ["InvalidSignatureException"] = new ErrorMapping("BedrockPS.InvalidSignature", ErrorCategory.SecurityError,
                "The request signature was rejected. Check the secret access key matches the access key id, and that the system clock is correct."),
            ["UnrecognizedClientException"] = new ErrorMapping("BedrockPS.UnrecognizedClient", ErrorCategory.AuthenticationError,
                "The access key id or API key is not recognised. Check -Credential / -ApiKey, Set-BedrockConfiguration, or the AWS profile in use."),
            ["MissingAuthenticationTokenException"] = new ErrorMapping("BedrockPS.NoCredentials", ErrorCategory.AuthenticationError,
                "The request carried no credentials. Pass -Credential, -ProfileName or -ApiKey, or configure them with Set-BedrockConfiguration."),
            ["ExpiredTokenException"] = new ErrorMapping("BedrockPS.ExpiredToken", ErrorCategory.AuthenticationError,
                "The security token has expired. Refresh the credentials (for SSO profiles run 'aws sso login')."),
            ["NoCredentials"] = new ErrorMapping("BedrockPS.NoCredentials", ErrorCategory.AuthenticationError,
                "No AWS credentials were found. Pass -Credential, -ProfileName or -ApiKey, use Set-BedrockConfiguration, or set AWS_PROFILE / AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY / AWS_BEARER_TOKEN_BEDROCK.", messageHasAdvice: true),
            ["NoRegion"] = new ErrorMapping("BedrockPS.NoRegion", ErrorCategory.InvalidArgument,
                "No AWS region was found. Pass -Region, run Set-BedrockConfiguration -Region us-east-1, or set AWS_REGION.", messageHasAdvice: true),
            ["StreamInterrupted"] = new ErrorMapping("BedrockPS.StreamInterrupted", ErrorCategory.ReadError,
                "The answer stream was cut short (connection lost, corrupted frame or stalled). Retry the request."),
            ["RequestTimeout"] = new ErrorMapping("BedrockPS.RequestTimeout", ErrorCategory.OperationTimeout,
                "The request timed out. Raise the timeout with Set-BedrockConfiguration -TimeoutSec, or use -Stream for long answers."),
            ["ConnectionFailure"] = new ErrorMapping("BedrockPS.ConnectionFailure", ErrorCategory.ConnectionError,
                "Bedrock could not be reached. Check the network, proxy and the endpoint URL (-EndpointUrl, AWS_ENDPOINT_URL)."),
            ["InvalidEndpoint"] = new ErrorMapping("BedrockPS.InvalidEndpoint", ErrorCategory.InvalidArgument,
                "The endpoint URL is not valid. Give an absolute http(s) URL to -EndpointUrl or Set-BedrockConfiguration.", messageHasAdvice: true),
            ["InvalidConfiguration"] = new ErrorMapping("BedrockPS.InvalidConfiguration", ErrorCategory.InvalidArgument,
                "Correct the setting where it was given: the parameter, Set-BedrockConfiguration, the AWS_* environment variables or the AWS profile.", messageHasAdvice: true),
            ["InvalidResponse"] = new ErrorMapping("BedrockPS.InvalidResponse", ErrorCategory.InvalidResult,
                "The response could not be used (malformed or far too large). Check -EndpointUrl points at Bedrock; if it does, retry and report the request id."),
            ["InvalidJsonSchema"] = new ErrorMapping("BedrockPS.InvalidJsonSchema", ErrorCategory.InvalidArgument,
                "Correct the schema given to -JsonSchema: the message names each problem and where it is.", messageHasAdvice: true),
            ["BatchManifestMissing"] = new ErrorMapping("BedrockPS.BatchManifestMissing", ErrorCategory.ObjectNotFound,
                "Receive-BedrockBatchJob joins answers to rows through the row manifest Start-BedrockBatchJob writes beside the input; read other jobs' output files from S3 directly.", messageHasAdvice: true),
            ["BatchManifestInvalid"] = new ErrorMapping("BedrockPS.BatchManifestInvalid", ErrorCategory.InvalidData,
                "Restore the row manifest as Start-BedrockBatchJob wrote it, or run the rows again.", messageHasAdvice: true),
            ["InsecureBearerEndpoint"] = new ErrorMapping("BedrockPS.InsecureEndpoint", ErrorCategory.SecurityError,
                "An API key is only sent over https (or plain http to this machine). Use an https endpoint.", messageHasAdvice: true),
        };

        public static readonly ErrorMapping Unknown = new ErrorMapping("BedrockPS.ServiceError", ErrorCategory.NotSpecified,
            "Bedrock returned an error. Check the message, and retry with -Verbose to see the request id.");

        /// <summary>A model past its end of life (ResourceNotFoundException "...reached the end of its life...").</summary>
        public static readonly ErrorMapping ModelRetired = new ErrorMapping("BedrockPS.ModelRetired", ErrorCategory.ObjectNotFound,
            "This model version is past its end of life and no longer answers anywhere. Pick an active model: Get-BedrockModel lists the catalog "
            + "with each model's LifecycleStatus (retired models are gone from it), and Get-BedrockInferenceProfile gives the profile ids newer models need.");

        /// <summary>A Legacy model this account lost access to by not calling it for 30 days.</summary>
        public static readonly ErrorMapping ModelLegacyInactive = new ErrorMapping("BedrockPS.ModelLegacyInactive", ErrorCategory.PermissionDenied,
            "The model is Legacy and this account has not used it in the last 30 days, so access was withdrawn. Move to an active model "
            + "(Get-BedrockModel shows LifecycleStatus and EndOfLifeTime); AWS Support can sometimes restore access until its end of life.");

        /// <summary>The mapping of a service failure: lifecycle refusals first (they share ResourceNotFoundException), then by code.</summary>
        public static ErrorMapping For(BedrockServiceException exception)
        {
            if (ModelLifecycleErrors.IsEndOfLife(exception)) return ModelRetired;
            if (ModelLifecycleErrors.IsLegacyInactive(exception)) return ModelLegacyInactive;
            return For(exception.ErrorCode);
        }

        public static ErrorMapping For(string? errorCode)
        {
            if (errorCode != null && ByErrorCode.TryGetValue(errorCode, out ErrorMapping? mapping)) return mapping;
            return Unknown;
        }
    }
}
