using System;
using BedrockPS.Core.Auth;

namespace BedrockPS.Core.Configuration
{
    /// <summary>Everything the transport needs, resolved once from the options, environment and profile.</summary>
    internal sealed class ResolvedConfiguration
    {
        public ResolvedConfiguration(
            string region, Uri runtimeEndpoint, Uri controlPlaneEndpoint, IRequestAuthenticator authenticator,
            RetryModeKind retryMode, int maxAttempts, TimeSpan attemptTimeout, TimeSpan streamIdleTimeout, SigningClock clock)
        {
            Clock = clock;
            Region = region;
            RuntimeEndpoint = runtimeEndpoint;
            ControlPlaneEndpoint = controlPlaneEndpoint;
            Authenticator = authenticator;
            RetryMode = retryMode;
            MaxAttempts = maxAttempts;
            AttemptTimeout = attemptTimeout;
            StreamIdleTimeout = streamIdleTimeout;
        }

        public string Region { get; }

        public Uri RuntimeEndpoint { get; }

        public Uri ControlPlaneEndpoint { get; }

        public IRequestAuthenticator Authenticator { get; }

        public RetryModeKind RetryMode { get; }

        public int MaxAttempts { get; }

        public TimeSpan AttemptTimeout { get; }

        public TimeSpan StreamIdleTimeout { get; }

        /// <summary>The signing time, corrected for clock skew reported by the service.</summary>
        public SigningClock Clock { get; }
    }
}
