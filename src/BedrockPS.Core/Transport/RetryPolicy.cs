using System;
using System.Collections.Generic;
using BedrockPS.Core.Configuration;

namespace BedrockPS.Core.Transport
{
    /// <summary>Which errors are worth another attempt, and how long to wait before it.</summary>
    internal sealed class RetryPolicy
    {
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);
        private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan TransientBase = TimeSpan.FromMilliseconds(100);
        private static readonly TimeSpan ThrottleBase = TimeSpan.FromMilliseconds(500);

        private static readonly HashSet<string> ThrottlingCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            BedrockErrorCodes.Throttling, "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
            "RequestThrottled", "RequestThrottledException", "ProvisionedThroughputExceededException",
            "SlowDown", "BandwidthLimitExceeded", "PriorRequestNotComplete", "EC2ThrottledException",
        };

        private static readonly HashSet<string> TransientCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            BedrockErrorCodes.ModelNotReady, BedrockErrorCodes.ServiceUnavailable, BedrockErrorCodes.InternalServer,
            BedrockErrorCodes.ModelTimeout, BedrockErrorCodes.RequestTimeout, BedrockErrorCodes.ConnectionFailure,
            "RequestTimeoutException", "InternalError", "InternalFailure",
        };

        // Never retried whatever the status: the same request would fail the same way.
        private static readonly HashSet<string> PermanentCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            BedrockErrorCodes.Validation, BedrockErrorCodes.AccessDenied, BedrockErrorCodes.ResourceNotFound,
            BedrockErrorCodes.ServiceQuotaExceeded, BedrockErrorCodes.ModelError, BedrockErrorCodes.InvalidSignature,
            BedrockErrorCodes.UnrecognizedClient, BedrockErrorCodes.ExpiredToken, BedrockErrorCodes.NoCredentials,
            BedrockErrorCodes.NoRegion, BedrockErrorCodes.InsecureBearerEndpoint, BedrockErrorCodes.InvalidEndpoint,
            BedrockErrorCodes.Conflict, BedrockErrorCodes.InvalidConfiguration,
        };

        private readonly Random random = new Random();
        private readonly object randomGate = new object();

        public RetryPolicy(RetryModeKind mode, int maxAttempts)
        {
            Mode = mode;
            MaxAttempts = maxAttempts;
        }

        public RetryModeKind Mode { get; }

        public int MaxAttempts { get; }

        public static bool IsThrottling(BedrockServiceException error) => ThrottlingCodes.Contains(error.ErrorCode) || (error.StatusCode == 429 && error.ErrorCode != BedrockErrorCodes.ModelNotReady);

        public static bool IsRetryable(BedrockServiceException error)
        {
            if (PermanentCodes.Contains(error.ErrorCode))
            {
                return false;
            }
            if (IsThrottling(error) || TransientCodes.Contains(error.ErrorCode))
            {
                return true;
            }
            return error.StatusCode == 429 || error.StatusCode == 502 || error.StatusCode == 503 || error.StatusCode == 504 || error.StatusCode >= 500;
        }

        /// <summary>What a retry of this error costs in the retry quota.</summary>
        public static int QuotaCost(BedrockServiceException error)
        {
            return error.ErrorCode == BedrockErrorCodes.RequestTimeout || error.ErrorCode == BedrockErrorCodes.ConnectionFailure
                ? RetryQuota.TimeoutRetryCost
                : RetryQuota.RetryCost;
        }

        /// <summary>Exponential backoff with full jitter; a Retry-After from the service wins when it is longer.</summary>
        public TimeSpan Backoff(int attemptJustFailed, BedrockServiceException error)
        {
            var baseDelay = IsThrottling(error) ? ThrottleBase : TransientBase;
            double ceilingMs = Math.Min(MaxBackoff.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, attemptJustFailed - 1));
            double jitter;
            lock (randomGate)
            {
                jitter = random.NextDouble();
            }
            var delay = TimeSpan.FromMilliseconds(ceilingMs * jitter);
            if (error.RetryAfter.HasValue)
            {
                var asked = error.RetryAfter.Value < MaxRetryAfter ? error.RetryAfter.Value : MaxRetryAfter;
                if (asked > delay)
                {
                    delay = asked;
                }
            }
            return delay;
        }
    }
}
