using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Titan Image Generator / Nova Canvas: taskType TEXT_IMAGE with textToImageParams.text; answers a 1x1 PNG per image.</summary>
    internal sealed class ImageGenerationFormat : INativeFormat
    {
        private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

        public bool GeneratesText => false;

        public GenerationRequest Read(JsonObject body)
        {
            string taskType = NativeInput.RequiredString(body, "taskType");
            var request = new GenerationRequest();
            var user = new ChatMessage("user");
            if (taskType == "TEXT_IMAGE")
            {
                var parameters = body["textToImageParams"] as JsonObject ?? throw NativeInput.Malformed("#: required key [textToImageParams] not found");
                user.Texts.Add(NativeInput.RequiredString(parameters, "text"));
            }
            request.Messages.Add(user);
            int count = (body["imageGenerationConfig"] as JsonObject) is JsonObject config ? NativeInput.OptionalInt(config, "numberOfImages", 1) ?? 1 : 1;
            request.NativeVariant = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var images = new JsonArray();
            for (int i = 0; i < int.Parse(request.NativeVariant!, System.Globalization.CultureInfo.InvariantCulture); i++)
            {
                images.Add(OnePixelPng);
            }
            return new JsonObject { ["images"] = images, ["error"] = null };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId) =>
            throw ServiceError.Validation("The model is unsupported for streaming.");
    }
}
