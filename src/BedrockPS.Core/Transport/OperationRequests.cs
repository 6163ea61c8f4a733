using System;
using System.Collections.Generic;
using System.Net.Http;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Transport
{
    /// <summary>Builds the wire form of each operation: encoded path labels, headers, query and JSON body.</summary>
    internal static class OperationRequests
    {
        private const string JsonContentType = "application/json";

        internal static OperationRequest RuntimeJson(string name, string path, byte[] body)
        {
            return new OperationRequest(name, ServicePlane.Runtime, HttpMethod.Post, path)
            {
                Body = body,
                ContentType = JsonContentType,
            };
        }

        internal static OperationRequest ControlPlaneJson(string name, HttpMethod method, string path, byte[]? body)
        {
            return new OperationRequest(name, ServicePlane.ControlPlane, method, path)
            {
                Body = body,
                ContentType = body == null ? null : JsonContentType,
            };
        }

        /// <summary>A timestamp in the ISO 8601 form restJson1 puts in query strings, or null.</summary>
        internal static string? Timestamp(DateTimeOffset? value) =>
            value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

        internal static OperationRequest ControlPlaneJson(string name, string path, byte[] body) =>
            ControlPlaneJson(name, HttpMethod.Post, path, body);

        /// <summary>POST /inference-profiles, with a client request token so that the transport's retries create one profile.</summary>
        internal static OperationRequest CreateInferenceProfile(CreateInferenceProfileRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var sent = new CreateInferenceProfileRequest
            {
                InferenceProfileName = request.InferenceProfileName,
                Description = request.Description,
                ClientRequestToken = request.ClientRequestToken ?? Guid.NewGuid().ToString(),
                ModelSource = request.ModelSource,
                Tags = request.Tags,
            };
            return ControlPlaneJson("CreateInferenceProfile", "/inference-profiles", BedrockJson.SerializeToUtf8Bytes(sent));
        }

        internal static OperationRequest InvokeOperation(string name, string pathSuffix, InvokeModelRequest request, string acceptHeader)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var operation = new OperationRequest(name, ServicePlane.Runtime, HttpMethod.Post, $"/model/{EncodeLabel(request.ModelId, "ModelId")}/{pathSuffix}")
            {
                Body = request.Body ?? Array.Empty<byte>(),
                ContentType = request.ContentType ?? JsonContentType,
            };
            operation.Headers[acceptHeader] = request.Accept ?? JsonContentType;
            AddHeader(operation, "X-Amzn-Bedrock-Trace", request.Trace);
            AddHeader(operation, "X-Amzn-Bedrock-GuardrailIdentifier", request.GuardrailIdentifier);
            AddHeader(operation, "X-Amzn-Bedrock-GuardrailVersion", request.GuardrailVersion);
            AddHeader(operation, "X-Amzn-Bedrock-PerformanceConfig-Latency", request.PerformanceConfigLatency);
            AddHeader(operation, "X-Amzn-Bedrock-Service-Tier", request.ServiceTier);
            if (request.RequestMetadata != null && request.RequestMetadata.Count > 0)
            {
                operation.Headers["X-Amzn-Bedrock-Request-Metadata"] = BedrockJson.Serialize(request.RequestMetadata);
            }
            return operation;
        }

        internal static string EncodeLabel(string value, string name)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException($"{name} must not be empty.", name);
            }
            // Bedrock identifiers (model ids, ARNs, guardrail ids and versions) use only these characters; refusing
            // others here means a mistyped id fails at once, before anything is sent.
            foreach (char c in value)
            {
                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._:/-+=@,".IndexOf(c) >= 0;
                if (!allowed)
                {
                    throw new ArgumentException($"The {name} '{value}' contains '{c}', which no Bedrock identifier has (letters, digits and . _ : / - only).", name);
                }
            }
            return PathEncoding.EncodeSegment(value);
        }

        internal static void AddQuery(OperationRequest operation, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                operation.Query.Add(new KeyValuePair<string, string>(name, value!));
            }
        }

        internal static void AddHeader(OperationRequest operation, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                operation.Headers[name] = value!;
            }
        }
    }
}
