using System;
using System.Security;
using BedrockPS.Configuration;

namespace BedrockPS.Infrastructure
{
    /// <summary>The connection parameters given on one cmdlet call (null when not given).</summary>
    internal sealed class ConnectionParameters
    {
        public string? Region { get; set; }

        public string? ProfileName { get; set; }

        public CredentialInput? Credential { get; set; }

        public SecureString? ApiKey { get; set; }

        public Uri? EndpointUrl { get; set; }

        /// <summary>True when the call names its own identity, so the session's identity settings step aside.</summary>
        public bool HasIdentity => ProfileName != null || Credential != null || ApiKey != null;
    }
}
