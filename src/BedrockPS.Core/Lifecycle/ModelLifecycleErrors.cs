using System;

namespace BedrockPS.Core.Lifecycle
{
    /// <summary>
    /// Recognises the service's lifecycle refusals, which share ResourceNotFoundException with unknown models and differ
    /// only by their text: a model past its end of life, and a Legacy model an idle account lost access to.
    /// </summary>
    public static class ModelLifecycleErrors
    {
        /// <summary>True when the service refused a call because the model has passed its end-of-life date.</summary>
        /// <param name="exception">The failure of a model call; null gives false.</param>
        public static bool IsEndOfLife(BedrockServiceException? exception) =>
            IsNotFoundSaying(exception, "reached the end of its life");

        /// <summary>True when the service refused a Legacy model because the account has not used it recently and so lost access.</summary>
        /// <param name="exception">The failure of a model call; null gives false.</param>
        public static bool IsLegacyInactive(BedrockServiceException? exception) =>
            IsNotFoundSaying(exception, "marked by provider as Legacy");

        private static bool IsNotFoundSaying(BedrockServiceException? exception, string phrase) =>
            exception != null
            && string.Equals(exception.ErrorCode, BedrockErrorCodes.ResourceNotFound, StringComparison.Ordinal)
            && exception.Message != null
            && exception.Message.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
