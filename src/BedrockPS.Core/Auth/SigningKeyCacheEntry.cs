namespace BedrockPS.Core.Auth
{
    /// <summary>A derived SigV4 signing key with the values it was derived from. Never printed: it is key material.</summary>
    internal sealed class SigningKeyCacheEntry
    {
        private readonly string secretKey;
        private readonly string date;
        private readonly string region;
        private readonly string service;

        public SigningKeyCacheEntry(string secretKey, string date, string region, string service, byte[] key)
        {
            this.secretKey = secretKey;
            this.date = date;
            this.region = region;
            this.service = service;
            Key = key;
        }

        public byte[] Key { get; }

        public bool Matches(string secretKey, string date, string region, string service) =>
            string.Equals(this.secretKey, secretKey, System.StringComparison.Ordinal)
            && string.Equals(this.date, date, System.StringComparison.Ordinal)
            && string.Equals(this.region, region, System.StringComparison.Ordinal)
            && string.Equals(this.service, service, System.StringComparison.Ordinal);

        public override string ToString() => "SigningKeyCacheEntry(key hidden)";
    }
}
