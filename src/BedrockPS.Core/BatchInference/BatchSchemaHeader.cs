using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Requests;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// The schema a batch run asked for, kept as the first line of each row manifest so the output can be checked
    /// wherever and whenever it is received. A batch record gets no repair round: its answer is checked once.
    /// </summary>
    public sealed class BatchSchemaHeader
    {
        private const string Marker = "{\"structuredOutput\":";
        private readonly StructuredOutputSpec spec;

        /// <param name="schema">The schema as the user gave it (answers are checked against it).</param>
        /// <param name="name">Name of the schema (and of the tool in Tool mode).</param>
        /// <param name="description">Description shown to the model, or null.</param>
        /// <param name="mode">Native or Tool; a batch record is sent one way only.</param>
        /// <exception cref="ArgumentException"><paramref name="mode"/> is Auto, or the name is blank.</exception>
        /// <exception cref="BedrockServiceException">InvalidJsonSchema when the schema cannot be compiled.</exception>
        public BatchSchemaHeader(JsonElement schema, string name, string? description, StructuredOutputMode mode)
        {
            if (mode == StructuredOutputMode.Auto) throw new ArgumentException("A batch record is sent one way: Native or Tool.", nameof(mode));
            Schema = schema.Clone();
            spec = new StructuredOutputSpec(Schema, JsonSchemaValidator.Compile(Schema), name, description, mode);
        }

        /// <summary>The schema as the user gave it; answers are checked against it.</summary>
        public JsonElement Schema { get; }

        /// <summary>Name of the schema.</summary>
        public string Name => spec.Name;

        /// <summary>How the schema is sent: Native or Tool.</summary>
        public StructuredOutputMode Mode => spec.Mode;

        /// <summary>The manifest's first line.</summary>
        public string ToJsonLine()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("structuredOutput");
                json.WriteString("name", spec.Name);
                if (spec.Description != null) json.WriteString("description", spec.Description);
                json.WriteString("mode", spec.Mode.ToString());
                json.WritePropertyName("schema");
                Schema.WriteTo(json);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>Reads a manifest line written by <see cref="ToJsonLine"/>; false for a row line.</summary>
        public static bool TryParse(string line, out BatchSchemaHeader? header)
        {
            header = null;
            if (line == null || !line.StartsWith(Marker, StringComparison.Ordinal)) return false;
            using var document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement.GetProperty("structuredOutput");
            string? description = root.TryGetProperty("description", out JsonElement about) && about.ValueKind == JsonValueKind.String ? about.GetString() : null;
            var mode = (StructuredOutputMode)Enum.Parse(typeof(StructuredOutputMode), root.GetProperty("mode").GetString()!, ignoreCase: true);
            header = new BatchSchemaHeader(root.GetProperty("schema"), root.GetProperty("name").GetString()!, description, mode);
            return true;
        }

        /// <summary>The answer's data when it follows the schema; otherwise the error carrying its raw text.</summary>
        internal JsonElement? Check(ConversationOutcome outcome, out StructuredOutputException? problem)
        {
            string raw = ConverseRowRunner.AnswerText(outcome, spec, spec.Mode, out JsonElement data, out IReadOnlyList<JsonSchemaFinding> findings);
            if (findings.Count == 0)
            {
                problem = null;
                return data.Clone();
            }
            problem = new StructuredOutputException(StructuredOutputException.InvalidOutputId,
                "The answer does not follow the schema: " + JsonSchemaFinding.Describe(findings) +
                " Batch records get no repair round; the answer's text is in $Error[0].Exception.RawText. Send the row again with Invoke-BedrockConverse -JsonSchema, which sends a broken answer back once.",
                raw, findings);
            return null;
        }
    }
}
