using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>
    /// An error answered the way the service does: status code, X-Amzn-Errortype shape name, {"message":...} body,
    /// plus any extra members of the shape (originalStatusCode, resourceName...).
    /// </summary>
    internal sealed class ServiceError : Exception
    {
        public ServiceError(int status, string errorType, string message, IDictionary<string, object>? extraMembers = null)
            : base(message)
        {
            Status = status;
            ErrorType = errorType;
            ExtraMembers = extraMembers ?? new Dictionary<string, object>();
        }

        public int Status { get; }
        public string ErrorType { get; }
        public IDictionary<string, object> ExtraMembers { get; }

        public static ServiceError Validation(string message) => new ServiceError(400, "ValidationException", message);
        public static ServiceError NotFound(string message) => new ServiceError(404, "ResourceNotFoundException", message);
        public static ServiceError AccessDenied(string message) => new ServiceError(403, "AccessDeniedException", message);

        /// <summary>The Coral-style message for constraint violations: "1 validation error detected: ...".</summary>
        public static ServiceError ConstraintViolations(IReadOnlyList<string> violations)
        {
            string count = violations.Count == 1 ? "1 validation error detected: " : violations.Count + " validation errors detected: ";
            return Validation(count + string.Join("; ", violations));
        }
    }
}
