using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Cohere Command R / R+: message + chat_history; v1 chat response; stream-start / text-generation / stream-end chunks.</summary>
    internal sealed class CohereCommandRFormat : INativeFormat
    {
        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.CohereCommandR.Check(body);
            string text = NativeInput.RequiredString(body, "message");
            var request = new GenerationRequest { MaxTokens = NativeInput.OptionalInt(body, "max_tokens", 1) };
            if (body["preamble"] != null)
            {
                request.System.Add(body["preamble"]!.ToString());
            }
            foreach (var turn in NativeInput.OptionalArray(body, "chat_history") ?? new JsonArray())
            {
                var message = new ChatMessage(turn?["role"]?.ToString() == "CHATBOT" ? "assistant" : "user");
                message.Texts.Add(turn?["message"]?.ToString() ?? string.Empty);
                request.Messages.Add(message);
            }
            var user = new ChatMessage("user");
            user.Texts.Add(text);
            foreach (var result in NativeInput.OptionalArray(body, "tool_results") ?? new JsonArray())
            {
                user.ToolResults.Add(result?["outputs"]?.ToJsonString() ?? string.Empty);
            }
            request.Messages.Add(user);
            foreach (var stop in NativeInput.OptionalArray(body, "stop_sequences") ?? new JsonArray())
            {
                request.StopSequences.Add(stop?.ToString() ?? string.Empty);
            }
            foreach (var tool in NativeInput.OptionalArray(body, "tools") ?? new JsonArray())
            {
                request.Tools.Add(new ToolDefinition(tool?["name"]?.ToString() ?? string.Empty, tool?["description"]?.ToString() ?? string.Empty, tool?["parameter_definitions"]));
            }
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            string prompt = request.LastUserMessage?.JoinedText ?? string.Empty;
            var response = new JsonObject
            {
                ["response_id"] = ReplyGenerator.DeriveId(string.Empty, requestId + "r", 22),
                ["text"] = reply.Text,
                ["generation_id"] = ReplyGenerator.DeriveId(string.Empty, requestId + "g", 22),
                ["chat_history"] = new JsonArray
                {
                    new JsonObject { ["role"] = "USER", ["message"] = prompt },
                    new JsonObject { ["role"] = "CHATBOT", ["message"] = reply.Text },
                },
                ["finish_reason"] = reply.StopReason == "max_tokens" ? "MAX_TOKENS" : "COMPLETE",
            };
            if (reply.ToolCalls.Count > 0)
            {
                var calls = new JsonArray();
                foreach (var call in reply.ToolCalls)
                {
                    calls.Add(new JsonObject { ["name"] = call.Name, ["parameters"] = call.Input.DeepClone() });
                }
                response["tool_calls"] = calls;
            }
            return response;
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var whole = Response(reply, request, model, requestId);
            var chunks = new List<NativeChunk>
            {
                new NativeChunk(new JsonObject { ["is_finished"] = false, ["event_type"] = "stream-start", ["generation_id"] = whole["generation_id"]!.DeepClone() }, false),
            };
            foreach (string piece in reply.TextDeltas)
            {
                chunks.Add(new NativeChunk(new JsonObject { ["is_finished"] = false, ["event_type"] = "text-generation", ["text"] = piece }, true));
            }
            chunks.Add(new NativeChunk(new JsonObject
            {
                ["is_finished"] = true,
                ["event_type"] = "stream-end",
                ["finish_reason"] = whole["finish_reason"]!.DeepClone(),
                ["response"] = whole,
            }, false));
            return chunks;
        }
    }
}
