using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Meta Llama: a chat-template prompt and max_gen_len; generation with stop_reason "stop" or "length".</summary>
    internal sealed class LlamaFormat : INativeFormat
    {
        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.Llama.Check(body);
            string prompt = NativeInput.RequiredString(body, "prompt");
            var request = new GenerationRequest { MaxTokens = NativeInput.OptionalInt(body, "max_gen_len", 1) ?? 512 };
            var user = new ChatMessage("user");
            user.Texts.Add(NativeInput.LastUserTextOfPrompt(prompt));
            request.Messages.Add(user);
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId) => new JsonObject
        {
            ["generation"] = reply.Text,
            ["prompt_token_count"] = reply.InputTokens,
            ["generation_token_count"] = reply.OutputTokens,
            ["stop_reason"] = StopReason(reply),
        };

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var chunks = new List<NativeChunk>();
            var pieces = reply.TextDeltas.Count > 0 ? reply.TextDeltas : new List<string> { string.Empty };
            for (int i = 0; i < pieces.Count; i++)
            {
                bool last = i == pieces.Count - 1;
                chunks.Add(new NativeChunk(new JsonObject
                {
                    ["generation"] = pieces[i],
                    ["prompt_token_count"] = i == 0 ? reply.InputTokens : (int?)null,
                    ["generation_token_count"] = last ? reply.OutputTokens : i + 1,
                    ["stop_reason"] = last ? StopReason(reply) : null,
                }, true));
            }
            return chunks;
        }

        private static string StopReason(ModelReply reply) => reply.StopReason == "max_tokens" ? "length" : "stop";
    }
}
