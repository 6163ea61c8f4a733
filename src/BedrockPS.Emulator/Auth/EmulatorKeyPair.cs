namespace BedrockPS.Emulator
{
    /// <summary>An access key the emulator accepts for SigV4. A session token, when set, must be sent as X-Amz-Security-Token.</summary>
    public sealed class EmulatorKeyPair
    {
        /// <summary>A key pair the emulator will accept, with an optional session token it then requires.</summary>
        public EmulatorKeyPair(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = sessionToken;
        }

        /// <summary>The access key id callers sign with.</summary>
        public string AccessKeyId { get; }

        /// <summary>The secret the emulator verifies signatures with.</summary>
        public string SecretAccessKey { get; }

        /// <summary>The temporary-credential token a request must carry with this key, or null.</summary>
        public string? SessionToken { get; }

        /// <summary>Never shows the secret or the token.</summary>
        public override string ToString() => "EmulatorKeyPair " + AccessKeyId;
    }
}
