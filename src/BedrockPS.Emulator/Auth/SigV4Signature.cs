namespace BedrockPS.Emulator.Auth
{
    /// <summary>A verified request signature: what the chunk signatures of an aws-chunked body chain from.</summary>
    internal sealed class SigV4Signature
    {
        public SigV4Signature(string accessKeyId, byte[] signingKey, string amzDate, string credentialScope, string seedSignature, string payloadHash)
        {
            AccessKeyId = accessKeyId;
            SigningKey = signingKey;
            AmzDate = amzDate;
            CredentialScope = credentialScope;
            SeedSignature = seedSignature;
            PayloadHash = payloadHash;
        }

        public string AccessKeyId { get; }
        public byte[] SigningKey { get; }
        public string AmzDate { get; }
        public string CredentialScope { get; }
        public string SeedSignature { get; }
        /// <summary>The payload hash signed: a hex digest, UNSIGNED-PAYLOAD or a STREAMING-... marker.</summary>
        public string PayloadHash { get; }
    }
}
