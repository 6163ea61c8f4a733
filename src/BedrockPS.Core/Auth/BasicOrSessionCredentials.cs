using Amazon.Runtime;

namespace BedrockPS.Core.Auth
{
    /// <summary>Hands already-resolved credentials to the signer, so one attempt uses one consistent key set.</summary>
    internal sealed class BasicOrSessionCredentials : AWSCredentials
    {
        private readonly ImmutableCredentials credentials;

        public BasicOrSessionCredentials(ImmutableCredentials credentials)
        {
            this.credentials = credentials;
        }

        public override ImmutableCredentials GetCredentials() => credentials;
    }
}
