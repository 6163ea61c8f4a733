using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;

namespace BedrockPS.Emulator.Native
{
    /// <summary>One model family's native InvokeModel body: how to read a request, write a response and stream chunks.</summary>
    internal interface INativeFormat
    {
        /// <summary>Validates the body; a malformed one throws ValidationException "Malformed input request: ...".</summary>
        GenerationRequest Read(JsonObject body);

        /// <summary>False for embedding and image models: they compute a result instead of generating text.</summary>
        bool GeneratesText { get; }

        JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId);

        /// <summary>The decoded chunk objects, in order; the caller adds amazon-bedrock-invocationMetrics to the last.</summary>
        List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId);
    }
}
