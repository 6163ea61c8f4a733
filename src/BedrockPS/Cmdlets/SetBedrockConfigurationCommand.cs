using System;
using System.Management.Automation;
using System.Security;
using BedrockPS.Configuration;
using BedrockPS.Completion;
using BedrockPS.Infrastructure;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Sets the defaults every BedrockPS cmdlet uses in this PowerShell session. Binds by property name, so
    /// `Start-BedrockEmulator | Set-BedrockConfiguration` points the module at the emulator. Settings not
    /// given stay as they were; -Reset clears them all first.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "BedrockConfiguration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(BedrockConfiguration))]
    public sealed class SetBedrockConfigurationCommand : PSCmdlet
    {
        /// <summary>The default region.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        /// <summary>The default profile of the shared AWS config and credentials files.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? ProfileName { get; set; }

        /// <summary>PSCredential (access key id as user name, secret access key as password) or AWSCredentials.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public object? Credential { get; set; }

        /// <summary>A default Bedrock API key (SecureString), sent as a bearer token. Pass $null to clear.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public SecureString? ApiKey { get; set; }

        /// <summary>A default endpoint URL for the runtime and the control plane (absolute http or https).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        public Uri? EndpointUrl { get; set; }

        /// <summary>Attempts per call, the first one included (1 to 20; the AWS default is 3).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, 20)]
        public int MaxAttempts { get; set; }

        /// <summary>Retry mode: <c>standard</c> (exponential backoff with jitter), <c>adaptive</c> (also slows down the client when throttled) or <c>legacy</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("standard", "adaptive", "legacy", IgnoreCase = true)]
        public string? RetryMode { get; set; }

        /// <summary>Seconds one attempt may take until the response starts, and the longest silence allowed inside a stream.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; }

        /// <summary>The model Invoke-BedrockConverse uses when no -ModelId is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string? DefaultModelId { get; set; }

        /// <summary>The service tier of calls that give none and whose session gives none; $null or '' forgets it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? DefaultServiceTier { get; set; }

        /// <summary>The lifetime of cache points (5m or 1h) when neither the call nor the session gives one; $null or '' forgets it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? DefaultCacheTtl { get; set; }

        /// <summary>Forget every session default before applying the ones given.</summary>
        [Parameter]
        public SwitchParameter Reset { get; set; }

        /// <summary>Writes the resulting configuration (without secrets).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            CredentialInput? credential;
            try
            {
                credential = CredentialInput.From(Credential);
                // Checked the way a call checks them (a ValidateSet would refuse the $null that forgets them).
                Core.Requests.ConverseRequestBuilder.CheckedTier(DefaultServiceTier);
                Core.Requests.ConverseRequestBuilder.CheckedTtl(DefaultCacheTtl);
                if (EndpointUrl != null && (!EndpointUrl.IsAbsoluteUri || (EndpointUrl.Scheme != Uri.UriSchemeHttp && EndpointUrl.Scheme != Uri.UriSchemeHttps)))
                    throw LocalInputException.InvalidInput("-EndpointUrl must be an absolute http or https URL; got '" + EndpointUrl + "'.", "EndpointUrl");
            }
            catch (Exception ex)
            {
                object? target = ex is Core.InvalidRequestException refused
                    ? (refused.ParamName == "CacheTtl" ? DefaultCacheTtl : DefaultServiceTier)
                    : Credential ?? (object?)EndpointUrl;
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex, target));
                return;
            }

            if (!ShouldProcess("BedrockPS session configuration", Reset ? "Reset and set" : "Set")) return;

            var bound = MyInvocation.BoundParameters;
            SessionConfiguration updated = ConfigurationRegistry.Update(config =>
            {
                if (Reset.IsPresent)
                {
                    config.Region = null;
                    config.ProfileName = null;
                    config.Credential = null;
                    config.ApiKey = null;
                    config.EndpointUrl = null;
                    config.MaxAttempts = null;
                    config.RetryMode = null;
                    config.TimeoutSec = null;
                    config.DefaultModelId = null;
                    config.DefaultServiceTier = null;
                    config.DefaultCacheTtl = null;
                }
                if (bound.ContainsKey(nameof(Region))) config.Region = Blank(Region);
                if (bound.ContainsKey(nameof(ProfileName))) config.ProfileName = Blank(ProfileName);
                if (bound.ContainsKey(nameof(Credential))) config.Credential = credential;
                if (bound.ContainsKey(nameof(ApiKey))) config.ApiKey = ApiKey == null || ApiKey.Length == 0 ? null : ReadOnlyCopy(ApiKey);
                if (bound.ContainsKey(nameof(EndpointUrl))) config.EndpointUrl = EndpointUrl;
                if (bound.ContainsKey(nameof(MaxAttempts))) config.MaxAttempts = MaxAttempts;
                if (bound.ContainsKey(nameof(RetryMode))) config.RetryMode = RetryMode?.ToLowerInvariant();
                if (bound.ContainsKey(nameof(TimeoutSec))) config.TimeoutSec = TimeoutSec;
                if (bound.ContainsKey(nameof(DefaultModelId))) config.DefaultModelId = Blank(DefaultModelId);
                if (bound.ContainsKey(nameof(DefaultServiceTier))) config.DefaultServiceTier = Blank(DefaultServiceTier)?.ToLowerInvariant();
                if (bound.ContainsKey(nameof(DefaultCacheTtl))) config.DefaultCacheTtl = Blank(DefaultCacheTtl)?.ToLowerInvariant();
            });
            WriteVerbose("BedrockPS session configuration: " + ConfigurationView.Describe(updated));
            if (PassThru.IsPresent) WriteObject(ConfigurationView.Create(updated));
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private static SecureString ReadOnlyCopy(SecureString value)
        {
            SecureString copy = value.Copy();
            copy.MakeReadOnly();
            return copy;
        }
    }
}
