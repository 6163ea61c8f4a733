using System;
using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using BedrockPS.Core.Auth;

namespace BedrockPS.Core.Configuration
{
    /// <summary>
    /// Resolves region, endpoints, authentication and retry settings. Order for each: explicit option, then
    /// environment, then the shared config profile, then the AWS default chains.
    /// </summary>
    internal static class ConfigurationResolver
    {
        public const string BearerTokenVariable = "AWS_BEARER_TOKEN_BEDROCK";
        private const string FallbackRegionForExplicitEndpoint = "us-east-1";
        private static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan DefaultStreamIdleTimeout = TimeSpan.FromSeconds(90);

        public static ResolvedConfiguration Resolve(BedrockClientOptions options)
        {
            var env = options.EnvironmentReader;
            var profile = FindProfile(options, out var profileSource);

            bool useFips = options.UseFips || IsTrue(env("AWS_USE_FIPS_ENDPOINT")) || profile?.UseFIPSEndpoint == true;
            bool useDualStack = options.UseDualStack || IsTrue(env("AWS_USE_DUALSTACK_ENDPOINT")) || profile?.UseDualstackEndpoint == true;
            bool ignoreConfiguredEndpoints = IsTrue(env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")) || profile?.IgnoreConfiguredEndpointUrls == true;

            var runtimeOverride = options.RuntimeEndpointUrl ?? options.EndpointUrl
                ?? (ignoreConfiguredEndpoints ? null : ParseEndpoint(env("AWS_ENDPOINT_URL_BEDROCK_RUNTIME") ?? env("AWS_ENDPOINT_URL") ?? profile?.EndpointUrl));
            var controlOverride = options.ControlPlaneEndpointUrl ?? options.EndpointUrl
                ?? (ignoreConfiguredEndpoints ? null : ParseEndpoint(env("AWS_ENDPOINT_URL_BEDROCK") ?? env("AWS_ENDPOINT_URL") ?? profile?.EndpointUrl));

            var region = ResolveRegion(options, profile, runtimeOverride != null && controlOverride != null);
            var runtime = runtimeOverride ?? EndpointResolver.Build("bedrock-runtime", region, useFips, useDualStack);
            var control = controlOverride ?? EndpointResolver.Build("bedrock", region, useFips, useDualStack);
            ValidateEndpoint(runtime);
            ValidateEndpoint(control);

            var clock = new SigningClock(options.UtcNow);
            var authenticator = ResolveAuthenticator(options, profile, profileSource, region, clock);
            if (authenticator is BearerAuthenticator)
            {
                RefuseInsecureBearer(runtime);
                RefuseInsecureBearer(control);
            }

            var retryMode = ResolveRetryMode(options.RetryMode ?? env("AWS_RETRY_MODE"), profile?.RetryMode);
            var maxAttempts = ResolveMaxAttempts(options.MaxAttempts, env("AWS_MAX_ATTEMPTS"), profile?.MaxAttempts, retryMode);

            return new ResolvedConfiguration(
                region, runtime, control, authenticator, retryMode, maxAttempts,
                options.Timeout ?? DefaultAttemptTimeout,
                options.StreamIdleTimeout ?? DefaultStreamIdleTimeout,
                clock);
        }

        private static CredentialProfile? FindProfile(BedrockClientOptions options, out CredentialProfileStoreChain? source)
        {
            source = null;
            if (options.IgnoreSharedConfig)
            {
                return null;
            }
            var name = options.ProfileName ?? options.EnvironmentReader("AWS_PROFILE") ?? "default";
            if (options.ProfileName == null && !SharedProfileStores.AnyExists())
            {
                // No store to find it in: the chain would answer "no profile", after costing the first call its setup.
                return null;
            }
            try
            {
                source = new CredentialProfileStoreChain();
                if (source.TryGetProfile(name, out var profile))
                {
                    return profile;
                }
            }
            catch (Exception exception)
            {
                if (options.ProfileName != null)
                {
                    throw new BedrockServiceException(BedrockErrorCodes.NoCredentials, $"The profile '{name}' could not be read: {exception.Message}", 0, exception);
                }
            }
            if (options.ProfileName != null)
            {
                throw new BedrockServiceException(BedrockErrorCodes.NoCredentials, $"The profile '{name}' was not found in the shared config or credentials file.");
            }
            return null;
        }

        private static bool IsRegionName(string region)
        {
            if (region.Length > 32) return false;
            foreach (char c in region)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
            }
            return true;
        }

        private static string ResolveRegion(BedrockClientOptions options, CredentialProfile? profile, bool bothEndpointsExplicit)
        {
            var env = options.EnvironmentReader;
            var region = NonEmpty(options.Region) ?? NonEmpty(env("AWS_REGION")) ?? NonEmpty(env("AWS_DEFAULT_REGION")) ?? profile?.Region?.SystemName;
            if (region != null)
            {
                // The region becomes part of a host name and the signing scope; anything else would fail later and obscurely.
                if (!IsRegionName(region))
                {
                    throw new BedrockServiceException(BedrockErrorCodes.InvalidConfiguration,
                        $"'{region}' is not an AWS region name. Use a name such as us-east-1 or eu-west-3.");
                }
                return region;
            }
            if (bothEndpointsExplicit)
            {
                // A custom endpoint (the emulator) still needs a region for the SigV4 scope; any fixed one works.
                return FallbackRegionForExplicitEndpoint;
            }
            if (!options.IgnoreSharedConfig)
            {
                try
                {
                    var fromChain = FallbackRegionFactory.GetRegionEndpoint(true);
                    if (fromChain != null)
                    {
                        return fromChain.SystemName;
                    }
                }
                catch (Exception)
                {
                    // Falls through to the clear error below.
                }
            }
            throw new BedrockServiceException(
                BedrockErrorCodes.NoRegion,
                "No AWS region is set. Pass -Region, run Set-BedrockConfiguration -Region, set AWS_REGION, or add region to your profile.");
        }

        private static IRequestAuthenticator ResolveAuthenticator(
            BedrockClientOptions options, CredentialProfile? profile, CredentialProfileStoreChain? profileSource, string region, SigningClock clock)
        {
            var env = options.EnvironmentReader;
            if (!string.IsNullOrEmpty(options.ApiKey))
            {
                return new BearerAuthenticator(options.ApiKey!);
            }
            if (options.Credentials != null)
            {
                return new SigV4Authenticator(options.Credentials, region, clock.UtcNow);
            }
            if (options.ProfileName != null && profile != null)
            {
                return new SigV4Authenticator(CredentialsFromProfile(profile, profileSource!), region, clock.UtcNow);
            }
            var bearer = env(BearerTokenVariable);
            if (!string.IsNullOrEmpty(bearer))
            {
                return new BearerAuthenticator(bearer!);
            }
            var fromEnvironment = CredentialsFromEnvironment(env);
            if (fromEnvironment != null)
            {
                return new SigV4Authenticator(fromEnvironment, region, clock.UtcNow);
            }
            if (!options.IgnoreSharedConfig)
            {
                try
                {
                    var fromChain = DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
                    if (fromChain != null)
                    {
                        return new SigV4Authenticator(fromChain, region, clock.UtcNow);
                    }
                }
                catch (Exception exception)
                {
                    throw NoCredentials(exception);
                }
            }
            throw NoCredentials(null);
        }

        private static AWSCredentials CredentialsFromProfile(CredentialProfile profile, CredentialProfileStoreChain source)
        {
            try
            {
                return AWSCredentialsFactory.GetAWSCredentials(profile, source);
            }
            catch (Exception exception)
            {
                throw new BedrockServiceException(
                    BedrockErrorCodes.NoCredentials, $"The profile '{profile.Name}' does not give usable credentials: {exception.Message}", 0, exception);
            }
        }

        private static AWSCredentials? CredentialsFromEnvironment(Func<string, string?> env)
        {
            var accessKey = env("AWS_ACCESS_KEY_ID");
            var secretKey = env("AWS_SECRET_ACCESS_KEY");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }
            var sessionToken = env("AWS_SESSION_TOKEN");
            return string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : (AWSCredentials)new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        }

        private static BedrockServiceException NoCredentials(Exception? cause)
        {
            return new BedrockServiceException(
                BedrockErrorCodes.NoCredentials,
                "No AWS credentials or Bedrock API key were found. Pass -Credential, -ProfileName or -ApiKey, set AWS_PROFILE, " +
                "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_BEARER_TOKEN_BEDROCK, or sign in with 'aws sso login'." +
                (cause != null ? " Detail: " + cause.Message : ""),
                0,
                cause);
        }

        private static RetryModeKind ResolveRetryMode(string? text, RequestRetryMode? fromProfile)
        {
            if (string.IsNullOrEmpty(text))
            {
                // AWSSDK.Core 4 knows only standard and adaptive in profiles. With nothing configured the module
                // runs adaptive: its client-side rate limiter is what lets a batch with many rows in flight absorb
                // throttling within each row's attempts (the AWS SDKs default to standard, which has none).
                return fromProfile == RequestRetryMode.Standard ? RetryModeKind.Standard : RetryModeKind.Adaptive;
            }
            switch (text!.Trim().ToLowerInvariant())
            {
                case "standard": return RetryModeKind.Standard;
                case "adaptive": return RetryModeKind.Adaptive;
                case "legacy": return RetryModeKind.Legacy;
                default:
                    throw new BedrockServiceException(BedrockErrorCodes.InvalidConfiguration, $"Unknown retry mode '{text}'. Use standard, adaptive or legacy.");
            }
        }

        private static int ResolveMaxAttempts(int? explicitValue, string? fromEnvironment, int? fromProfile, RetryModeKind mode)
        {
            int? value = explicitValue;
            if (value == null && !string.IsNullOrEmpty(fromEnvironment))
            {
                if (!int.TryParse(fromEnvironment, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    throw new BedrockServiceException(BedrockErrorCodes.InvalidConfiguration, $"AWS_MAX_ATTEMPTS must be a whole number, not '{fromEnvironment}'.");
                }
                value = parsed;
            }
            // Legacy mode historically allowed four retries (five attempts); the standard and adaptive modes allow three attempts.
            value ??= fromProfile ?? (mode == RetryModeKind.Legacy ? 5 : 3);
            if (value < 1)
            {
                throw new BedrockServiceException(BedrockErrorCodes.InvalidConfiguration, $"The number of attempts must be at least 1, not {value}.");
            }
            return value.Value;
        }

        private static Uri? ParseEndpoint(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (!Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri))
            {
                throw new BedrockServiceException(BedrockErrorCodes.InvalidEndpoint, $"The endpoint URL '{text}' is not an absolute URL.");
            }
            return uri;
        }

        private static void ValidateEndpoint(Uri endpoint)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new BedrockServiceException(BedrockErrorCodes.InvalidEndpoint, $"The endpoint URL '{endpoint}' must be an absolute http or https URL.");
            }
        }

        /// <summary>An API key over plain http could be read on the network; only loopback is exempt (the emulator).</summary>
        private static void RefuseInsecureBearer(Uri endpoint)
        {
            if (endpoint.Scheme == Uri.UriSchemeHttps || IsLoopback(endpoint))
            {
                return;
            }
            throw new BedrockServiceException(
                BedrockErrorCodes.InsecureBearerEndpoint,
                $"Refusing to send a Bedrock API key over plain http to {endpoint.Host}. Use an https endpoint (plain http is allowed only for loopback addresses).");
        }

        internal static bool IsLoopback(Uri endpoint)
        {
            if (endpoint.IsLoopback)
            {
                return true;
            }
            var host = endpoint.Host.Trim('[', ']');
            return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
        }

        private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
