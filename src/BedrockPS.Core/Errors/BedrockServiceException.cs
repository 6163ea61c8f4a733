using System;

namespace BedrockPS.Core
{
    /// <summary>
    /// The one exception type of the client, for service errors (HTTP or in-stream) and client-side failures alike.
    /// Its message never contains credentials or API keys.
    /// </summary>
    public class BedrockServiceException : Exception
    {
        /// <summary>Creates the exception; <see cref="Fault"/> is derived from <paramref name="statusCode"/> (5xx is a server fault).</summary>
        /// <param name="errorCode">The service's exception name or a code from <see cref="BedrockErrorCodes"/>.</param>
        /// <param name="message">A message for the user; must not contain secrets.</param>
        /// <param name="statusCode">HTTP status, or 0 when there was none.</param>
        /// <param name="innerException">The failure that caused this one, if any.</param>
        public BedrockServiceException(string errorCode, string message, int statusCode = 0, Exception? innerException = null)
            : base(message, innerException)
        {
            ErrorCode = errorCode;
            StatusCode = statusCode;
            Fault = statusCode >= 500 ? BedrockErrorFault.Server : BedrockErrorFault.Client;
        }

        /// <summary>HTTP status, or 0 when there was none (client-side or in-stream errors).</summary>
        public int StatusCode { get; internal set; }

        /// <summary>The service's exception name (ThrottlingException, ...) or a client code from <see cref="BedrockErrorCodes"/>.</summary>
        public string ErrorCode { get; }

        /// <summary>The x-amzn-RequestId of the failed call, for support cases; null when no response arrived.</summary>
        public string? RequestId { get; internal set; }

        /// <summary>Whether the transport considers this error worth retrying.</summary>
        public bool IsRetryable { get; internal set; }

        /// <summary>How many attempts were made before giving up.</summary>
        public int Attempts { get; internal set; }

        /// <summary>Text streamed before the failure, if any (for a streamed turn, filled by <see cref="Conversations.ConversationRunner"/>, which holds the text).</summary>
        public string? PartialText { get; internal set; }

        /// <summary>Whether the caller or the service is at fault.</summary>
        public BedrockErrorFault Fault { get; internal set; }

        /// <summary>For ModelErrorException / ModelStreamErrorException: the status the model returned.</summary>
        public int? OriginalStatusCode { get; internal set; }

        /// <summary>For ModelStreamErrorException: the model's own message.</summary>
        public string? OriginalMessage { get; internal set; }

        /// <summary>For ModelErrorException: the resource that failed.</summary>
        public string? ResourceName { get; internal set; }

        /// <summary>Raw error body text as received (for diagnostics).</summary>
        public string? ResponseBody { get; internal set; }

        /// <summary>For throttling: the delay the service asked for, if it sent Retry-After.</summary>
        public TimeSpan? RetryAfter { get; internal set; }
    }
}
