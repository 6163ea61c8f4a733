using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Cohere Embed v3: texts (1..96) and input_type; one deterministic 1024-dimension vector per text.</summary>
    internal sealed class CohereEmbeddingFormat : INativeFormat
    {
        private static readonly string[] InputTypes = { "search_document", "search_query", "classification", "clustering" };

        public bool GeneratesText => false;

        public GenerationRequest Read(JsonObject body)
        {
            JsonArray texts = NativeInput.OptionalArray(body, "texts") ?? throw NativeInput.Malformed("#: required key [texts] not found");
            if (texts.Count < 1 || texts.Count > 96)
            {
                throw NativeInput.Malformed("#/texts: expected minimum item count: 1, maximum: 96, found: " + texts.Count);
            }
            string inputType = NativeInput.RequiredString(body, "input_type");
            if (System.Array.IndexOf(InputTypes, inputType) < 0)
            {
                throw NativeInput.Malformed("#/input_type: " + inputType + " is not a valid enum value");
            }
            var request = new GenerationRequest();
            var user = new ChatMessage("user");
            foreach (var text in texts)
            {
                user.Texts.Add(text?.ToString() ?? string.Empty);
            }
            request.Messages.Add(user);
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var embeddings = new JsonArray();
            var texts = new JsonArray();
            foreach (string text in request.LastUserMessage!.Texts)
            {
                var values = new JsonArray();
                foreach (double value in DeterministicEmbedding.Create(text, 1024, true))
                {
                    values.Add(value);
                }
                embeddings.Add(values);
                texts.Add(text);
            }
            return new JsonObject
            {
                ["embeddings"] = embeddings,
                ["id"] = ReplyGenerator.DeriveId(string.Empty, requestId, 22),
                ["response_type"] = "embeddings_floats",
                ["texts"] = texts,
            };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId) =>
            throw ServiceError.Validation("The model is unsupported for streaming.");
    }
}
