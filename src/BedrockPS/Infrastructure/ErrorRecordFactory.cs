using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using BedrockPS.Core;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// The one place turning failures into ErrorRecords: Bedrock service errors by their error code, Core's
    /// client-side failures, and bad local input. The failing input is the TargetObject; the message says
    /// what happened and what to do.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        public const string InvalidInputId = InvalidRequestException.InvalidInputId;
        public const string FileNotFoundId = InvalidRequestException.FileNotFoundId;
        public const string SessionFileInvalidId = "BedrockPS.SessionFileInvalid";
        public const string UnexpectedId = "BedrockPS.Unexpected";

        /// <summary>Maps any exception raised while serving <paramref name="target"/>.</summary>
        public static ErrorRecord FromException(Exception exception, object? target)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            exception = Unwrap(exception);
            switch (exception)
            {
                case BedrockServiceException service:
                    return FromServiceException(service, target);
                case LocalInputException local:
                    return Create(local, local.ErrorId, local.Category, target, local.Message, null);
                case Core.StructuredOutput.StructuredOutputException structured:
                    return Create(structured, structured.ErrorId, structured.IsUnsupported ? ErrorCategory.NotImplemented : ErrorCategory.InvalidResult,
                        target, structured.Message, null);
                case InvalidRequestException refused:
                    return Create(refused, refused.ErrorId, refused.IsNotFound ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidArgument,
                        target, refused.Message, null);
                case FileNotFoundException notFound:
                    return Create(notFound, FileNotFoundId, ErrorCategory.ObjectNotFound, target, notFound.Message, "Check the path.");
                case DirectoryNotFoundException dirNotFound:
                    return Create(dirNotFound, FileNotFoundId, ErrorCategory.ObjectNotFound, target, dirNotFound.Message, "Check the path.");
                case UnauthorizedAccessException denied:
                    return Create(denied, "BedrockPS.FileAccessDenied", ErrorCategory.PermissionDenied, target, denied.Message, null);
                case IOException io:
                    return Create(io, "BedrockPS.FileReadError", ErrorCategory.ReadError, target, io.Message, null);
                case System.Text.Json.JsonException json:
                    return Create(json, InvalidInputId, ErrorCategory.InvalidData, target, "The JSON is not valid: " + json.Message, null);
                case ArgumentException argument:
                    return Create(argument, InvalidInputId, ErrorCategory.InvalidArgument, target, argument.Message, null);
                case TimeoutException timeout:
                    return Create(timeout, "BedrockPS.RequestTimeout", ErrorCategory.OperationTimeout, target, timeout.Message,
                        ErrorMapping.For("RequestTimeout").Advice);
                default:
                    return Create(exception, UnexpectedId, ErrorCategory.NotSpecified, target, exception.Message, null);
            }
        }

        /// <summary>Maps a Bedrock error by its code (ThrottlingException, NoCredentials, ...).</summary>
        public static ErrorRecord FromServiceException(BedrockServiceException exception, object? target)
        {
            ErrorMapping mapping = ErrorMapping.For(exception);
            var message = new StringBuilder();
            message.Append(string.IsNullOrWhiteSpace(exception.Message) ? exception.ErrorCode : exception.Message.TrimEnd());
            var facts = new StringBuilder();
            if (!string.IsNullOrEmpty(exception.ErrorCode)) facts.Append(exception.ErrorCode);
            if (exception.StatusCode > 0) Append(facts, "HTTP " + exception.StatusCode.ToString(CultureInfo.InvariantCulture));
            if (exception.Attempts > 1) Append(facts, exception.Attempts.ToString(CultureInfo.InvariantCulture) + " attempts");
            if (!string.IsNullOrEmpty(exception.RequestId)) Append(facts, "request id " + exception.RequestId);
            if (facts.Length > 0) message.Append(" (").Append(facts).Append(')');
            if (!string.IsNullOrEmpty(exception.PartialText))
            {
                message.Append(". ").Append(exception.PartialText!.Length.ToString(CultureInfo.InvariantCulture))
                    .Append(" characters had arrived before the failure; they are in $Error[0].Exception.PartialText");
            }
            if (!mapping.MessageHasAdvice || exception.StatusCode != 0) message.Append(". ").Append(mapping.Advice);
            return Create(exception, mapping.ErrorId, mapping.Category, target, message.ToString(), mapping.Advice);
        }

        /// <summary>Bad local input refused before sending.</summary>
        public static ErrorRecord InvalidInput(string message, object? target) =>
            FromException(LocalInputException.InvalidInput(message), target);

        public static ErrorRecord FileNotFound(string path, object? target) =>
            FromException(LocalInputException.FileNotFound(path), target ?? path);

        /// <summary>A session file that is corrupt, truncated, hostile or of an unknown version.</summary>
        public static ErrorRecord SessionFileInvalid(string path, string reason, Exception? inner = null)
        {
            var exception = new InvalidDataException("The session file '" + path + "' cannot be read: " + reason, inner);
            return Create(exception, SessionFileInvalidId, ErrorCategory.InvalidData, path, exception.Message,
                "Export the session again with Export-BedrockSession, or check that the file was not edited or truncated.");
        }

        private static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object? target, string message, string? advice)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            record.ErrorDetails = new ErrorDetails(message);
            if (advice != null) record.ErrorDetails.RecommendedAction = advice;
            return record;
        }

        private static Exception Unwrap(Exception exception)
        {
            while (true)
            {
                if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
                {
                    exception = aggregate.InnerExceptions[0];
                    continue;
                }
                if (exception is System.Reflection.TargetInvocationException invocation && invocation.InnerException != null)
                {
                    exception = invocation.InnerException;
                    continue;
                }
                return exception;
            }
        }

        private static void Append(StringBuilder builder, string fact)
        {
            if (builder.Length > 0) builder.Append(", ");
            builder.Append(fact);
        }
    }
}
