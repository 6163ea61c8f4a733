namespace BedrockPS.Emulator
{
    /// <summary>
    /// The emulator's built-in, clearly fake credentials. They open nothing but a local emulator,
    /// so they may be printed and committed.
    /// </summary>
    public static class EmulatorCredentialDefaults
    {
        /// <summary>The access key id every emulator accepts unless told otherwise.</summary>
        public const string AccessKeyId = "AKIAEMULATOR00000000";
        /// <summary>The secret that goes with <see cref="AccessKeyId"/>.</summary>
        public const string SecretAccessKey = "bedrock-emulator-secret-key-not-a-secret";
        /// <summary>The bearer API key every emulator accepts unless told otherwise.</summary>
        public const string ApiKey = "bedrock-emulator-api-key-not-a-secret";
        /// <summary>The region an emulator serves when none is given.</summary>
        public const string Region = "us-east-1";
        /// <summary>The account id that appears in the ARNs the emulator makes.</summary>
        public const string AccountId = "123456789012";
    }
}
