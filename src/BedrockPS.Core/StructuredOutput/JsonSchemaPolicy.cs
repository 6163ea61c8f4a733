using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// What Bedrock structured output accepts, checked before anything is sent, and the schema actually sent.
    ///
    /// Sources (read December 2026):
    /// - Amazon Bedrock User Guide, "Get validated JSON results from models"
    ///   (docs.aws.amazon.com/bedrock/latest/userguide/structured-output.html): Bedrock validates the schema against
    ///   its supported subset of JSON Schema Draft 2020-12 and answers 400 at once when the schema uses anything else.
    /// - Anthropic, "Structured outputs" (platform.claude.com/docs/en/build-with-claude/structured-outputs), the
    ///   subset the Claude models on Bedrock enforce: supported are the basic types, enum of scalars, const, anyOf,
    ///   allOf, local $ref / $defs / definitions, required, additionalProperties false, the string formats listed in
    ///   <see cref="SupportedFormats"/>, pattern without backreferences or lookaround, minItems 0 or 1. Not supported:
    ///   recursive schemas, external $ref, numerical constraints (minimum, maximum, multipleOf), string length
    ///   constraints, other array constraints, additionalProperties other than false. Per request: at most 24
    ///   optional properties and 16 union-typed properties (anyOf or a type array) over all strict schemas.
    /// - Bedrock's tool input schema must have an object at the top (ToolInputSchema, Bedrock API Reference); the
    ///   tool path uses the same schema, so the top must be an object here too.
    /// - Amazon Nova refuses $defs in tool schemas ("extraneous key [$defs] is not permitted"), so the sent schema
    ///   always has its references inlined.
    /// The service publishes no figure for depth or size; <see cref="MaxDepth"/>, <see cref="MaxProperties"/>,
    /// <see cref="MaxEnumValues"/> and <see cref="MaxSchemaBytes"/> are local guards at the limits other providers
    /// publish (10 levels, 120,000 characters), so a runaway schema fails here rather than after a slow compile.
    ///
    /// Constraints the decoder does not enforce (minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf,
    /// minLength, maxLength, maxItems, minItems above 1) are not refused: <see cref="PrepareForService"/> moves them
    /// into the description the model reads, and the local validator still enforces them on the answer.
    /// </summary>
    public sealed class JsonSchemaPolicy
    {
        /// <summary>The string formats the structured-output decoder knows.</summary>
        public static readonly IReadOnlyCollection<string> SupportedFormats = new HashSet<string>(StringComparer.Ordinal)
        {
            "date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid",
        };

        private static readonly HashSet<string> Structural = new HashSet<string>(StringComparer.Ordinal)
        {
            "type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "allOf",
            "$ref", "$defs", "definitions", "format", "pattern",
        };

        private static readonly HashSet<string> Annotations = new HashSet<string>(StringComparer.Ordinal)
        {
            "title", "description", "default", "examples", "$schema", "$id", "$comment", "deprecated", "readOnly", "writeOnly",
        };

        /// <summary>Enforced locally and described to the model, not sent as keywords.</summary>
        internal static readonly string[] LocalConstraints =
        {
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems",
        };

        /// <summary>The limits of Bedrock structured output as documented (see the type's remarks); a new instance on each read.</summary>
        public static JsonSchemaPolicy Bedrock => new JsonSchemaPolicy();

        /// <summary>Deepest schema nesting accepted (local guard; default 10).</summary>
        public int MaxDepth { get; set; } = 10;

        /// <summary>Most properties accepted over the whole schema (local guard; default 1,000).</summary>
        public int MaxProperties { get; set; } = 1000;

        /// <summary>Most optional properties over the schema (Claude's documented limit per request: 24).</summary>
        public int MaxOptionalProperties { get; set; } = 24;

        /// <summary>Most union-typed properties (anyOf or a type array) over the schema (Claude's documented limit: 16).</summary>
        public int MaxUnionProperties { get; set; } = 16;

        /// <summary>Most enum values over the whole schema, all enums together (local guard; default 1,000).</summary>
        public int MaxEnumValues { get; set; } = 1000;

        /// <summary>Largest schema accepted, in bytes of its JSON once references are inlined (local guard; default 120,000).</summary>
        public int MaxSchemaBytes { get; set; } = 120_000;

        /// <summary>Every reason the service would refuse the schema (empty when it would take it).</summary>
        public IReadOnlyList<string> FindProblems(JsonElement schema)
        {
            var problems = new List<string>();
            JsonElement inlined;
            try
            {
                inlined = JsonSchemaInliner.Inline(schema);
            }
            catch (BedrockServiceException e) when (e.ErrorCode == BedrockErrorCodes.InvalidJsonSchema)
            {
                problems.Add(e.Message.Replace("The JSON schema cannot be used: ", string.Empty));
                return problems;
            }
            int size = Encoding.UTF8.GetByteCount(inlined.GetRawText());
            if (size > MaxSchemaBytes)
            {
                problems.Add("the schema is " + size + " bytes once references are inlined; at most " + MaxSchemaBytes + " are accepted.");
            }
            if (inlined.ValueKind != JsonValueKind.Object || !inlined.TryGetProperty("type", out JsonElement rootType)
                || rootType.ValueKind != JsonValueKind.String || rootType.GetString() != "object")
            {
                problems.Add("(root): the top of the schema must be \"type\": \"object\" (the answer is one JSON object).");
            }
            var walk = new PolicyWalk(this, problems);
            walk.Visit(inlined, "", 0);
            walk.CheckTotals();
            return problems;
        }

        /// <summary>Throws BedrockServiceException (InvalidJsonSchema) listing every problem, when there is one.</summary>
        public void EnsureSupported(JsonElement schema)
        {
            IReadOnlyList<string> problems = FindProblems(schema);
            if (problems.Count > 0) throw JsonSchemaErrors.Unsupported(problems);
        }

        /// <summary>
        /// The schema to send: checked (<see cref="EnsureSupported"/>), references inlined, every object closed with
        /// "additionalProperties": false, and the locally enforced constraints turned into description text.
        /// Validate answers against the original schema, which keeps those constraints as keywords.
        /// </summary>
        public JsonElement PrepareForService(JsonElement schema)
        {
            EnsureSupported(schema);
            JsonElement inlined = JsonSchemaInliner.Inline(schema);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ServiceSchemaWriter.Write(writer, inlined);
            }
            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }

        internal static bool IsStructural(string keyword) => Structural.Contains(keyword);

        internal static bool IsAnnotation(string keyword) => Annotations.Contains(keyword);

        internal static bool IsLocalConstraint(string keyword) => Array.IndexOf(LocalConstraints, keyword) >= 0;
    }
}
