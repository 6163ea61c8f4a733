using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Amazon Titan Text Embeddings V2: inputText, dimensions (256/512/1024), normalize; a deterministic vector.</summary>
    internal sealed class TitanEmbeddingFormat : INativeFormat
    {
        public bool GeneratesText => false;

        public GenerationRequest Read(JsonObject body)
        {
            string text = NativeInput.RequiredString(body, "inputText");
            int dimensions = NativeInput.OptionalInt(body, "dimensions", 1) ?? 1024;
            if (dimensions != 256 && dimensions != 512 && dimensions != 1024)
            {
                throw NativeInput.Malformed("#/dimensions: " + dimensions + " is not a valid enum value");
            }
            var request = new GenerationRequest { NativeVariant = dimensions + (body["normalize"]?.ToString() == "false" ? ":raw" : ":normalized") };
            var user = new ChatMessage("user");
            user.Texts.Add(text);
            request.Messages.Add(user);
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            string[] variant = request.NativeVariant!.Split(':');
            double[] vector = DeterministicEmbedding.Create(request.LastUserMessage!.JoinedText, int.Parse(variant[0], System.Globalization.CultureInfo.InvariantCulture), variant[1] == "normalized");
            var values = new JsonArray();
            foreach (double value in vector)
            {
                values.Add(value);
            }
            return new JsonObject
            {
                ["embedding"] = values,
                ["embeddingsByType"] = new JsonObject { ["float"] = values.DeepClone() },
                ["inputTextTokenCount"] = reply.InputTokens,
            };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId) =>
            throw ServiceError.Validation("The model is unsupported for streaming.");
    }
}
