using System;

namespace BedrockPS.Core
{
    /// <summary>
    /// Input Core refuses before anything is sent (empty prompt, unpaired guardrail settings, a file too large, ...).
    /// Carries a stable error id and the parameter it concerns, so the cmdlet layer maps it without guessing.
    /// </summary>
    public sealed class InvalidRequestException : ArgumentException
    {
        /// <summary>Error id for input that is wrong in itself.</summary>
        public const string InvalidInputId = "BedrockPS.InvalidInput";

        /// <summary>Error id for a file that does not exist.</summary>
        public const string FileNotFoundId = "BedrockPS.FileNotFound";

        public InvalidRequestException(string errorId, string message, string? parameterName = null, bool isNotFound = false, Exception? inner = null)
            : base(message, parameterName, inner)
        {
            ErrorId = errorId;
            IsNotFound = isNotFound;
        }

        public string ErrorId { get; }

        /// <summary>True when something named by the input does not exist (a file), rather than being malformed.</summary>
        public bool IsNotFound { get; }

        // ArgumentException appends "(Parameter 'x')" to Message; users read the plain sentence.
        public override string Message => base.Message.Split(new[] { " (Parameter '" }, StringSplitOptions.None)[0];

        public static InvalidRequestException InvalidInput(string message, string? parameterName = null) =>
            new InvalidRequestException(InvalidInputId, message, parameterName);

        public static InvalidRequestException FileNotFound(string path, string? parameterName = null) =>
            new InvalidRequestException(FileNotFoundId,
                "The file '" + path + "' does not exist. Check the path (relative paths are resolved from the current location).", parameterName, isNotFound: true);
    }
}
