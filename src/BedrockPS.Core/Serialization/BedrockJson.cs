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

        public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

        public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

        public static T? Deserialize<T>(byte[] utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options);

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
