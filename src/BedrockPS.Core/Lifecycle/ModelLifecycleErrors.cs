using System;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>
    /// Recognises the service's lifecycle refusals, which share ResourceNotFoundException with unknown models and differ
    /// only by their text: a model past its end of life, and a Legacy model an idle account lost access to.
    /// </summary>
    public static class ModelLifecycleErrors
    {
        public static bool IsEndOfLife(BedrockServiceException? exception) =>
            IsNotFoundSaying(exception, "reached the end of its life");

        public static bool IsLegacyInactive(BedrockServiceException? exception) =>
            IsNotFoundSaying(exception, "marked by provider as Legacy");

        private static bool IsNotFoundSaying(BedrockServiceException? exception, string phrase) =>
            exception != null
            && string.Equals(exception.ErrorCode, BedrockErrorCodes.ResourceNotFound, StringComparison.Ordinal)
            && exception.Message != null
            && exception.Message.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
