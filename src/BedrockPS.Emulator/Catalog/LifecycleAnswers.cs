using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>The service's answers for a model past its end of life, and for a Legacy model the account stopped using.</summary>
    internal static class LifecycleAnswers
    {
        public const string EndOfLifeMessage =
            "This model version has reached the end of its life. Please refer to the AWS documentation for more details.";

        public const string LegacyInactiveMessage =
            "Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. "
            + "Please upgrade to an active model on Amazon Bedrock";

        public static ServiceError EndOfLife() => ServiceError.NotFound(EndOfLifeMessage);

        public static ServiceError LegacyInactive() => ServiceError.NotFound(LegacyInactiveMessage);
    }
}
