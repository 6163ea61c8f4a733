using System;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Checks an <see cref="InvokeModelCallRequest"/> the way Bedrock would and builds the request to send. Everything
    /// refused here throws <see cref="InvalidRequestException"/> (naming the parameter), so nothing is sent for it.
    /// </summary>
    public static class InvokeModelRequestBuilder
    {
        /// <summary>The service model's limit on an InvokeModel body.</summary>
        public const int MaxBodyBytes = 25000000;

        /// <summary>Checks the call and builds the request to send.</summary>
        /// <param name="call">The call as bound.</param>
        /// <returns>The request, with the body as bytes and the enumerations in the service's case.</returns>
        /// <exception cref="InvalidRequestException">Blank model id, a body over <see cref="MaxBodyBytes"/> or not JSON when it says so, or half a guardrail.</exception>
        public static InvokeModelRequest Build(InvokeModelCallRequest call)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            if (string.IsNullOrWhiteSpace(call.ModelId))
                throw InvalidRequestException.InvalidInput("-ModelId is blank; see Get-BedrockModel for the model ids.", "ModelId");
            byte[] body = BodyOf(call);
            if (body.Length > MaxBodyBytes)
                throw InvalidRequestException.InvalidInput("-Body is larger than Bedrock accepts (25,000,000 bytes).", "Body");
            if ((call.GuardrailIdentifier == null) != (call.GuardrailVersion == null))
                throw InvalidRequestException.InvalidInput("-GuardrailIdentifier and -GuardrailVersion go together; give both.", "GuardrailVersion");
            return new InvokeModelRequest
            {
                ModelId = call.ModelId!.Trim(),
                Body = body,
                ContentType = call.ContentType,
                Accept = call.Accept,
                Trace = call.Trace?.ToUpperInvariant(),
                GuardrailIdentifier = call.GuardrailIdentifier,
                GuardrailVersion = call.GuardrailVersion,
                PerformanceConfigLatency = call.PerformanceConfigLatency?.ToLowerInvariant(),
                ServiceTier = call.ServiceTier?.ToLowerInvariant(),
            };
        }

        /// <summary>True when the content type is a JSON one (application/json, application/vnd.amazon.eventstream+json, ...).</summary>
        public static bool IsJson(string? contentType) =>
            contentType != null && contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;

        private static byte[] BodyOf(InvokeModelCallRequest call)
        {
            if (call.BodyBytes != null)
            {
                if (call.BodyBytes.Length == 0) throw InvalidRequestException.InvalidInput("-Body is empty.", "Body");
                return call.BodyBytes;
            }

            string text = call.BodyText ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text)) throw InvalidRequestException.InvalidInput("-Body is empty.", "Body");
            if (IsJson(call.ContentType))
            {
                try
                {
                    using (JsonDocument.Parse(text)) { }
                }
                catch (JsonException ex)
                {
                    throw InvalidRequestException.InvalidInput("-Body is not valid JSON: " + ex.Message, "Body");
                }
            }
            return Encoding.UTF8.GetBytes(text);
        }
    }
}
