using System;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.Errors
{
    /// <summary>Turns a restJson1 error response, or an in-stream exception message, into a <see cref="BedrockServiceException"/>.</summary>
    internal static class ServiceErrorParser
    {
        /// <summary>Parses an HTTP error: type from X-Amzn-Errortype, then body __type, then body code.</summary>
        public static BedrockServiceException FromHttpResponse(int statusCode, string? errorTypeHeader, byte[] body, string? requestId)
        {
            var fields = ReadBody(body);
            var rawType = !string.IsNullOrEmpty(errorTypeHeader) ? errorTypeHeader : fields.Type ?? fields.Code;
            var code = SanitizeErrorType(rawType);
            if (string.IsNullOrEmpty(code))
            {
                code = CodeForStatus(statusCode);
            }
            var message = ServiceMessageRedaction.Redact(fields.Message);
            if (string.IsNullOrEmpty(message))
            {
                message = $"Bedrock returned HTTP {statusCode} ({code}).";
            }
            var exception = new BedrockServiceException(code!, message!, statusCode)
            {
                RequestId = requestId,
                ResponseBody = body.Length > 0 ? ServiceMessageRedaction.Redact(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096))) : null,
                OriginalStatusCode = fields.OriginalStatusCode,
                OriginalMessage = ServiceMessageRedaction.Redact(fields.OriginalMessage),
                ResourceName = fields.ResourceName,
            };
            exception.Fault = FaultFor(code!, statusCode);
            return exception;
        }

        /// <summary>Parses a ":message-type exception" event: the type is the union member name (throttlingException).</summary>
        public static BedrockServiceException FromStreamException(string exceptionType, byte[] payload, string? requestId)
        {
            var fields = ReadBody(payload);
            var code = ShapeNameFromMemberName(exceptionType);
            var message = string.IsNullOrEmpty(fields.Message) ? $"The stream reported {code}." : ServiceMessageRedaction.Redact(fields.Message)!;
            var exception = new BedrockServiceException(code, message)
            {
                RequestId = requestId,
                OriginalStatusCode = fields.OriginalStatusCode,
                OriginalMessage = ServiceMessageRedaction.Redact(fields.OriginalMessage),
                ResourceName = fields.ResourceName,
            };
            exception.Fault = FaultFor(code, 0);
            return exception;
        }

        /// <summary>Parses a ":message-type error" event (unmodeled error with code and message headers).</summary>
        public static BedrockServiceException FromStreamError(string? errorCode, string? errorMessage, string? requestId)
        {
            var code = string.IsNullOrEmpty(errorCode) ? BedrockErrorCodes.Unknown : SanitizeErrorType(errorCode)!;
            var exception = new BedrockServiceException(code, string.IsNullOrEmpty(errorMessage) ? $"The stream reported {code}." : ServiceMessageRedaction.Redact(errorMessage)!)
            {
                RequestId = requestId,
            };
            exception.Fault = FaultFor(code, 0);
            return exception;
        }

        /// <summary>Cuts at the first ':' and keeps what follows the first '#' (restJson1 rules).</summary>
        public static string? SanitizeErrorType(string? rawType)
        {
            if (string.IsNullOrEmpty(rawType))
            {
                return rawType;
            }
            var type = rawType!;
            int colon = type.IndexOf(':');
            if (colon >= 0)
            {
                type = type.Substring(0, colon);
            }
            int hash = type.IndexOf('#');
            if (hash >= 0)
            {
                type = type.Substring(hash + 1);
            }
            return type.Trim();
        }

        /// <summary>throttlingException → ThrottlingException.</summary>
        private static string ShapeNameFromMemberName(string memberName)
        {
            if (string.IsNullOrEmpty(memberName))
            {
                return BedrockErrorCodes.Unknown;
            }
            return char.ToUpperInvariant(memberName[0]) + memberName.Substring(1);
        }

        private static BedrockErrorFault FaultFor(string code, int statusCode)
        {
            if (code == BedrockErrorCodes.InternalServer || code == BedrockErrorCodes.ServiceUnavailable || statusCode >= 500)
            {
                return BedrockErrorFault.Server;
            }
            return BedrockErrorFault.Client;
        }

        private static string CodeForStatus(int statusCode)
        {
            switch (statusCode)
            {
                case 400: return BedrockErrorCodes.Validation;
                case 403: return BedrockErrorCodes.AccessDenied;
                case 404: return BedrockErrorCodes.ResourceNotFound;
                case 408: return BedrockErrorCodes.ModelTimeout;
                case 429: return BedrockErrorCodes.Throttling;
                case 500: return BedrockErrorCodes.InternalServer;
                case 503: return BedrockErrorCodes.ServiceUnavailable;
                default: return BedrockErrorCodes.Unknown;
            }
        }

        private static ErrorBodyFields ReadBody(byte[] body)
        {
            var fields = new ErrorBodyFields();
            if (body == null || body.Length == 0)
            {
                return fields;
            }
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return fields;
                }
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "message":
                        case "Message":
                            fields.Message ??= StringOf(property.Value);
                            break;
                        case "__type":
                            fields.Type = StringOf(property.Value);
                            break;
                        case "code":
                            fields.Code = StringOf(property.Value);
                            break;
                        case "originalStatusCode":
                            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var original))
                            {
                                fields.OriginalStatusCode = original;
                            }
                            break;
                        case "originalMessage":
                            fields.OriginalMessage = StringOf(property.Value);
                            break;
                        case "resourceName":
                            fields.ResourceName = StringOf(property.Value);
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, say): the status code still tells what happened.
            }
            return fields;
        }

        private static string? StringOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
