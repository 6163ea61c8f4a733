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

        /// <summary>Creates the exception.</summary>
        /// <param name="errorId">Stable id such as <see cref="InvalidInputId"/>; the cmdlet layer uses it as the error record's id.</param>
        /// <param name="message">A sentence saying what is wrong and what to do.</param>
        /// <param name="parameterName">The parameter or request member the input came from; null when none applies.</param>
        /// <param name="isNotFound">True when the input names something that does not exist.</param>
        /// <param name="inner">The failure that caused this one, if any.</param>
        public InvalidRequestException(string errorId, string message, string? parameterName = null, bool isNotFound = false, Exception? inner = null)
            : base(message, parameterName, inner)
        {
            ErrorId = errorId;
            IsNotFound = isNotFound;
        }

        /// <summary>Stable error id (BedrockPS.Xxx) for the error record.</summary>
        public string ErrorId { get; }

        /// <summary>True when something named by the input does not exist (a file), rather than being malformed.</summary>
        public bool IsNotFound { get; }

        // ArgumentException appends "(Parameter 'x')" to Message; users read the plain sentence.
        /// <summary>The plain message, without the "(Parameter 'x')" suffix <see cref="ArgumentException"/> adds; the parameter is in <see cref="ArgumentException.ParamName"/>.</summary>
        public override string Message => base.Message.Split(new[] { " (Parameter '" }, StringSplitOptions.None)[0];

        /// <summary>Input that is wrong in itself, with id <see cref="InvalidInputId"/>.</summary>
        /// <param name="message">What is wrong and what to do.</param>
        /// <param name="parameterName">The parameter the input came from.</param>
        public static InvalidRequestException InvalidInput(string message, string? parameterName = null) =>
            new InvalidRequestException(InvalidInputId, message, parameterName);

        /// <summary>A file named by the input does not exist, with id <see cref="FileNotFoundId"/>.</summary>
        /// <param name="path">The path as given; quoted in the message.</param>
        /// <param name="parameterName">The parameter the path came from.</param>
        public static InvalidRequestException FileNotFound(string path, string? parameterName = null) =>
            new InvalidRequestException(FileNotFoundId,
                "The file '" + path + "' does not exist. Check the path (relative paths are resolved from the current location).", parameterName, isNotFound: true);
    }
}
