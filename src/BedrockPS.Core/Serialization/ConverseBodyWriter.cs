using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// Writes Converse and ConverseStream bodies with a JSON writer, member by member, in the order and form the
    /// serializer would give them (camelCase, nulls left out). The serializer builds its metadata by reflection over
    /// the whole request type graph on first use, which a fresh process (a CI step) pays on its first call; the
    /// common parts (messages of text, the system prompt, inference settings) are written here directly and only the
    /// rarer parts (tools, attachments, reasoning, prompt variables, output formats) go through the serializer.
    /// </summary>
    internal static class ConverseBodyWriter
    {
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            // As BedrockJson's options: bodies are never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The body of a Converse (or, with <paramref name="streaming"/>, ConverseStream) request.</summary>
        /// <param name="request">The request.</param>
        /// <param name="streaming">
        /// True for ConverseStream: only its guardrail shape has <c>streamProcessingMode</c>, which Converse would reject.
        /// </param>
        /// <returns>UTF-8 JSON.</returns>
        public static byte[] Write(ConverseRequest request, bool streaming)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            using var buffer = new MemoryStream();
            using (var writer = CreateWriter(buffer))
            {
                WriteTo(writer, request, streaming);
            }
            return buffer.ToArray();
        }

        /// <summary>A JSON writer with the body settings, for callers that write many bodies through one writer.</summary>
        /// <param name="output">Where the writer writes.</param>
        internal static Utf8JsonWriter CreateWriter(Stream output) => new Utf8JsonWriter(output, WriterOptions);

        /// <summary>Writes one body to <paramref name="writer"/> (flush it to reach its stream).</summary>
        /// <param name="writer">A writer from <see cref="CreateWriter"/>, fresh or reset.</param>
        /// <param name="request">The request; must not be null.</param>
        /// <param name="streaming">True for ConverseStream (see <see cref="Write"/>).</param>
        internal static void WriteTo(Utf8JsonWriter writer, ConverseRequest request, bool streaming)
        {
            writer.WriteStartObject();
            if (request.Messages != null)
            {
                writer.WritePropertyName("messages");
                WriteMessages(writer, request.Messages);
            }
            if (request.System != null)
            {
                writer.WritePropertyName("system");
                WriteSystem(writer, request.System);
            }
            if (request.InferenceConfig != null)
            {
                writer.WritePropertyName("inferenceConfig");
                WriteInferenceConfig(writer, request.InferenceConfig);
            }
            WriteBySerializer(writer, "toolConfig", request.ToolConfig);
            if (request.GuardrailConfig != null)
            {
                writer.WritePropertyName("guardrailConfig");
                WriteGuardrailConfig(writer, request.GuardrailConfig, streaming);
            }
            if (request.AdditionalModelRequestFields.HasValue)
            {
                writer.WritePropertyName("additionalModelRequestFields");
                request.AdditionalModelRequestFields.Value.WriteTo(writer);
            }
            WriteBySerializer(writer, "promptVariables", request.PromptVariables);
            if (request.AdditionalModelResponseFieldPaths != null)
            {
                writer.WritePropertyName("additionalModelResponseFieldPaths");
                WriteStrings(writer, request.AdditionalModelResponseFieldPaths);
            }
            if (request.RequestMetadata != null)
            {
                writer.WritePropertyName("requestMetadata");
                writer.WriteStartObject();
                foreach (var pair in request.RequestMetadata)
                {
                    // A dictionary's null value is written, as the serializer does (only members are left out).
                    if (pair.Value == null)
                    {
                        writer.WriteNull(pair.Key);
                    }
                    else
                    {
                        writer.WriteString(pair.Key, pair.Value);
                    }
                }
                writer.WriteEndObject();
            }
            if (request.PerformanceConfig != null)
            {
                writer.WritePropertyName("performanceConfig");
                writer.WriteStartObject();
                WriteString(writer, "latency", request.PerformanceConfig.Latency);
                writer.WriteEndObject();
            }
            if (request.ServiceTier != null)
            {
                writer.WritePropertyName("serviceTier");
                writer.WriteStartObject();
                WriteString(writer, "type", request.ServiceTier.Type);
                writer.WriteEndObject();
            }
            WriteBySerializer(writer, "outputConfig", request.OutputConfig);
            writer.WriteEndObject();
        }

        private static void WriteMessages(Utf8JsonWriter writer, List<Message> messages)
        {
            writer.WriteStartArray();
            foreach (Message message in messages)
            {
                if (message == null)
                {
                    writer.WriteNullValue();
                    continue;
                }
                writer.WriteStartObject();
                WriteString(writer, "role", message.Role);
                if (message.Content != null)
                {
                    writer.WritePropertyName("content");
                    writer.WriteStartArray();
                    foreach (ContentBlock block in message.Content)
                    {
                        if (PlainTextBlocks.IsPlainText(block))
                        {
                            WriteTextBlock(writer, block.Text!);
                        }
                        else
                        {
                            JsonSerializer.Serialize(writer, block, BedrockJson.Options);
                        }
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        private static void WriteSystem(Utf8JsonWriter writer, List<SystemContentBlock> system)
        {
            writer.WriteStartArray();
            foreach (SystemContentBlock block in system)
            {
                if (PlainTextBlocks.IsPlainText(block))
                {
                    WriteTextBlock(writer, block.Text!);
                }
                else
                {
                    JsonSerializer.Serialize(writer, block, BedrockJson.Options);
                }
            }
            writer.WriteEndArray();
        }

        private static void WriteInferenceConfig(Utf8JsonWriter writer, InferenceConfiguration config)
        {
            writer.WriteStartObject();
            if (config.MaxTokens.HasValue)
            {
                writer.WriteNumber("maxTokens", config.MaxTokens.Value);
            }
            if (config.Temperature.HasValue)
            {
                writer.WriteNumber("temperature", config.Temperature.Value);
            }
            if (config.TopP.HasValue)
            {
                writer.WriteNumber("topP", config.TopP.Value);
            }
            if (config.StopSequences != null)
            {
                writer.WritePropertyName("stopSequences");
                WriteStrings(writer, config.StopSequences);
            }
            writer.WriteEndObject();
        }

        private static void WriteGuardrailConfig(Utf8JsonWriter writer, GuardrailConfiguration config, bool streaming)
        {
            writer.WriteStartObject();
            WriteString(writer, "guardrailIdentifier", config.GuardrailIdentifier);
            WriteString(writer, "guardrailVersion", config.GuardrailVersion);
            WriteString(writer, "trace", config.Trace);
            if (streaming)
            {
                WriteString(writer, "streamProcessingMode", config.StreamProcessingMode);
            }
            writer.WriteEndObject();
        }

        private static void WriteTextBlock(Utf8JsonWriter writer, string text)
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        private static void WriteStrings(Utf8JsonWriter writer, List<string> values)
        {
            writer.WriteStartArray();
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }
            writer.WriteEndArray();
        }

        // A null value is left out, as the serializer's WhenWritingNull does.
        private static void WriteString(Utf8JsonWriter writer, string name, string? value)
        {
            if (value != null)
            {
                writer.WriteString(name, value);
            }
        }

        private static void WriteBySerializer<T>(Utf8JsonWriter writer, string name, T? value)
            where T : class
        {
            if (value != null)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, BedrockJson.Options);
            }
        }
    }
}
