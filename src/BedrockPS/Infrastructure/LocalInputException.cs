using System;
using System.Management.Automation;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Bad local input found before anything is sent (empty prompt, missing file, image too large, ...).
    /// Carries its error id and category so ErrorRecordFactory can map it without guessing.
    /// </summary>
    internal sealed class LocalInputException : ArgumentException
    {
        public LocalInputException(string errorId, ErrorCategory category, string message, string? parameterName = null, Exception? inner = null)
            : base(message, parameterName, inner)
        {
            ErrorId = errorId;
            Category = category;
        }

        public string ErrorId { get; }

        public ErrorCategory Category { get; }

        // ArgumentException appends "(Parameter 'x')" to Message; users read the plain sentence.
        public override string Message => base.Message.Split(new[] { " (Parameter '" }, StringSplitOptions.None)[0];

        public static LocalInputException InvalidInput(string message, string? parameterName = null) =>
            new LocalInputException(ErrorRecordFactory.InvalidInputId, ErrorCategory.InvalidArgument, message, parameterName);

        public static LocalInputException FileNotFound(string path, string? parameterName = null) =>
            new LocalInputException(ErrorRecordFactory.FileNotFoundId, ErrorCategory.ObjectNotFound,
                "The file '" + path + "' does not exist. Check the path (relative paths are resolved from the current location).", parameterName);
    }
}
