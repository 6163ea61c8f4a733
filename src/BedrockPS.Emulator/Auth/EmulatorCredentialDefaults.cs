namespace BedrockPS.Emulator
{
    /// <summary>
    /// The emulator's built-in, clearly fake credentials. They open nothing but a local emulator,
    /// so they may be printed and committed.
    /// </summary>
    public static class EmulatorCredentialDefaults
    {
        public const string AccessKeyId = "AKIAEMULATOR00000000";
        public const string SecretAccessKey = "bedrock-emulator-secret-key-not-a-secret";
        public const string ApiKey = "bedrock-emulator-api-key-not-a-secret";
        public const string Region = "us-east-1";
        public const string AccountId = "123456789012";
    }
}
