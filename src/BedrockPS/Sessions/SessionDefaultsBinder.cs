using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Requests;
using BedrockPS.Core.StructuredOutput;
using BedrockPS.Infrastructure;
using BedrockPS.StructuredOutput;

namespace BedrockPS.Sessions
{
    /// <summary>
    /// Turns the default parameters of a session (New-BedrockSession -JsonSchema, -ServiceTier, ...) into Core's
    /// <see cref="ConverseDefaults"/>, checked the way a call checks them, so a bad default is refused at once
    /// instead of on every turn.
    /// </summary>
    internal static class SessionDefaultsBinder
    {
        /// <exception cref="LocalInputException">A value a request would refuse.</exception>
        /// <exception cref="Core.InvalidRequestException">A value a request would refuse.</exception>
        public static ConverseDefaults Build(Func<string, string> resolvePath, object? jsonSchema, string structuredOutputMode, string? serviceTier,
            string? latency, string? effort, bool cacheSystemPrompt, bool cacheTools, string? cacheTtl, IDictionary? requestMetadata)
        {
            StructuredOutputSpec? spec = null;
            if (jsonSchema != null)
            {
                JsonSchemaArgument schema = JsonSchemaArgument.From(jsonSchema, resolvePath);
                spec = new StructuredOutputSpec(schema.ServiceSchema, schema.Validator, schema.Name, schema.Description,
                    (StructuredOutputMode)Enum.Parse(typeof(StructuredOutputMode), structuredOutputMode, ignoreCase: true));
            }
            Dictionary<string, string>? metadata = requestMetadata != null ? ToStringPairs(requestMetadata) : null;
            ConverseRequestBuilder.CheckedTier(serviceTier);
            ConverseRequestBuilder.CheckedLatency(latency);
            ConverseRequestBuilder.CheckedTtl(cacheTtl);
            ConverseRequestBuilder.CheckedMetadata(metadata);
            if (effort != null && effort.Trim().Length > 16)
                throw LocalInputException.InvalidInput("-Effort is at most 16 characters (low, medium, high, ...); got '" + effort + "'.", "Effort");
            return new ConverseDefaults(spec, Lower(serviceTier), Lower(latency), Lower(effort), cacheSystemPrompt, cacheTools, Lower(cacheTtl), metadata);
        }

        /// <summary>Hashtable pairs as strings (a null value is an empty string).</summary>
        public static Dictionary<string, string> ToStringPairs(IDictionary pairs)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry pair in pairs)
            {
                string key = LanguagePrimitives.ConvertTo<string>(pair.Key) ?? string.Empty;
                result[key] = pair.Value == null ? string.Empty : LanguagePrimitives.ConvertTo<string>(pair.Value);
            }
            return result;
        }

        private static string? Lower(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim().ToLowerInvariant();
    }
}
