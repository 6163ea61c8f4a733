using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Amazon Titan Text: inputText + textGenerationConfig; results[].outputText with completionReason.</summary>
    internal sealed class TitanTextFormat : INativeFormat
    {
        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.TitanText.Check(body);
            string input = NativeInput.RequiredString(body, "inputText");
            var request = new GenerationRequest { MaxTokens = 512 };
            var user = new ChatMessage("user");
            user.Texts.Add(input);
            request.Messages.Add(user);
            if (body["textGenerationConfig"] is JsonObject config)
            {
                request.MaxTokens = NativeInput.OptionalInt(config, "maxTokenCount", 0) ?? 512;
                foreach (var stop in NativeInput.OptionalArray(config, "stopSequences") ?? new JsonArray())
                {
                    request.StopSequences.Add(stop?.ToString() ?? string.Empty);
                }
            }
            else if (body["textGenerationConfig"] != null)
            {
                throw NativeInput.Malformed("#/textGenerationConfig: expected type: JSONObject");
            }
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId) => new JsonObject
        {
            ["inputTextTokenCount"] = reply.InputTokens,
            ["results"] = new JsonArray
            {
                new JsonObject { ["tokenCount"] = reply.OutputTokens, ["outputText"] = reply.Text, ["completionReason"] = CompletionReason(reply) },
            },
        };

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var chunks = new List<NativeChunk>();
            var pieces = reply.TextDeltas.Count > 0 ? reply.TextDeltas : new List<string> { string.Empty };
            for (int i = 0; i < pieces.Count; i++)
            {
                bool last = i == pieces.Count - 1;
                var chunk = new JsonObject
                {
                    ["outputText"] = pieces[i],
                    ["index"] = 0,
                    ["totalOutputTextTokenCount"] = last ? reply.OutputTokens : i + 1,
                    ["completionReason"] = last ? CompletionReason(reply) : null,
                    ["inputTextTokenCount"] = reply.InputTokens,
                };
                chunks.Add(new NativeChunk(chunk, true));
            }
            return chunks;
        }

        private static string CompletionReason(ModelReply reply)
        {
            switch (reply.StopReason)
            {
                case "max_tokens": return "LENGTH";
                case "stop_sequence": return "STOP_CRITERIA_MET";
                default: return "FINISH";
            }
        }
    }
}
