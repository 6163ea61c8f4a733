namespace BedrockPS.Emulator
{
    /// <summary>An access key the emulator accepts for SigV4. A session token, when set, must be sent as X-Amz-Security-Token.</summary>
    public sealed class EmulatorKeyPair
    {
        public EmulatorKeyPair(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = sessionToken;
        }

        public string AccessKeyId { get; }
        public string SecretAccessKey { get; }
        public string? SessionToken { get; }

        /// <summary>Never shows the secret or the token.</summary>
        public override string ToString() => "EmulatorKeyPair " + AccessKeyId;
    }
}
