using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Serialization
{
    /// <summary>The JSON settings used for every Bedrock body: camelCase names as on the wire, nulls left out.</summary>
    public static class BedrockJson
    {
        /// <summary>Shared, read-only after first use (System.Text.Json freezes options once used).</summary>
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>Serializes a value as a Bedrock body would carry it.</summary>
        /// <typeparam name="T">The declared type, which decides the members written.</typeparam>
        /// <param name="value">The value.</param>
        /// <returns>UTF-8 JSON.</returns>
        public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

        /// <summary>Serializes a value as JSON text, with the same settings.</summary>
        /// <typeparam name="T">The declared type, which decides the members written.</typeparam>
        /// <param name="value">The value.</param>
        public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

        /// <summary>Reads a value from UTF-8 JSON with the wire settings.</summary>
        /// <typeparam name="T">The type to read.</typeparam>
        /// <param name="utf8Json">The JSON bytes.</param>
        /// <returns>The value; null (or default) for a JSON null.</returns>
        /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
        public static T? Deserialize<T>(byte[] utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

        /// <summary>Reads a value from JSON text with the wire settings.</summary>
        /// <typeparam name="T">The type to read.</typeparam>
        /// <param name="json">The JSON text.</param>
        /// <returns>The value; null (or default) for a JSON null.</returns>
        /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
        public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

        private static JsonSerializerOptions CreateOptions()
        {
            return new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DictionaryKeyPolicy = null, // request metadata and prompt variable keys are user data
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                // Bodies are never embedded in HTML, so non-ASCII text can stay readable and compact.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
        }
    }
}
