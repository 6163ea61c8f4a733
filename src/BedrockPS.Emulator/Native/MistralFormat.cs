using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;

namespace BedrockPS.Emulator.Native
{
    /// <summary>
    /// Mistral: text completion ({"prompt"} -> {"outputs":[...]}) or, when the body has "messages",
    /// chat completion ({"choices":[{"message"...}]}) with function tool calls.
    /// </summary>
    internal sealed class MistralFormat : INativeFormat
    {
        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.Mistral.Check(body);
            var request = new GenerationRequest { MaxTokens = NativeInput.OptionalInt(body, "max_tokens", 1) ?? 512 };
            foreach (var stop in NativeInput.OptionalArray(body, "stop") ?? new JsonArray())
            {
                request.StopSequences.Add(stop?.ToString() ?? string.Empty);
            }
            JsonArray? messages = NativeInput.OptionalArray(body, "messages");
            if (messages == null)
            {
                var user = new ChatMessage("user");
                user.Texts.Add(NativeInput.LastUserTextOfPrompt(NativeInput.RequiredString(body, "prompt")));
                request.Messages.Add(user);
                return request;
            }
            request.NativeVariant = "chat";
            foreach (var item in messages)
            {
                string role = item?["role"]?.ToString() ?? throw NativeInput.Malformed("#/messages: required key [role] not found");
                string content = item?["content"]?.ToString() ?? string.Empty;
                switch (role)
                {
                    case "system":
                        request.System.Add(content);
                        break;
                    case "tool":
                        var result = new ChatMessage("user");
                        result.ToolResults.Add(content);
                        request.Messages.Add(result);
                        break;
                    case "user":
                    case "assistant":
                        var message = new ChatMessage(role);
                        if (content.Length > 0)
                        {
                            message.Texts.Add(content);
                        }
                        request.Messages.Add(message);
                        break;
                    default:
                        throw NativeInput.Malformed("#/messages/role: " + role + " is not a valid enum value");
                }
            }
            foreach (var tool in NativeInput.OptionalArray(body, "tools") ?? new JsonArray())
            {
                var function = tool?["function"];
                request.Tools.Add(new ToolDefinition(function?["name"]?.ToString() ?? string.Empty, function?["description"]?.ToString() ?? string.Empty, function?["parameters"]));
            }
            if (body["tool_choice"]?.ToString() == "any")
            {
                request.RequiredTool = "*";
            }
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            if (!IsChat(request))
            {
                return new JsonObject { ["outputs"] = new JsonArray { new JsonObject { ["text"] = reply.Text, ["stop_reason"] = StopReason(reply) } } };
            }
            var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text };
            if (reply.ToolCalls.Count > 0)
            {
                var calls = new JsonArray();
                foreach (var call in reply.ToolCalls)
                {
                    calls.Add(new JsonObject { ["id"] = call.ToolUseId, ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = JsonBody.Text(call.Input) } });
                }
                message["tool_calls"] = calls;
            }
            return new JsonObject { ["choices"] = new JsonArray { new JsonObject { ["index"] = 0, ["message"] = message, ["stop_reason"] = StopReason(reply) } } };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var chunks = new List<NativeChunk>();
            bool chat = IsChat(request);
            var pieces = reply.TextDeltas.Count > 0 ? reply.TextDeltas : new List<string> { string.Empty };
            for (int i = 0; i < pieces.Count; i++)
            {
                string? stop = i == pieces.Count - 1 && reply.ToolCalls.Count == 0 ? StopReason(reply) : null;
                chunks.Add(new NativeChunk(chat
                    ? new JsonObject { ["choices"] = new JsonArray { new JsonObject { ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = pieces[i] }, ["stop_reason"] = stop } } }
                    : new JsonObject { ["outputs"] = new JsonArray { new JsonObject { ["text"] = pieces[i], ["stop_reason"] = stop } } }, true));
            }
            if (reply.ToolCalls.Count > 0)
            {
                var whole = Response(reply, request, model, requestId);
                var message = (JsonObject)whole["choices"]![0]!["message"]!.DeepClone();
                message["content"] = string.Empty;
                chunks.Add(new NativeChunk(new JsonObject { ["choices"] = new JsonArray { new JsonObject { ["index"] = 0, ["message"] = message, ["stop_reason"] = "tool_calls" } } }, true));
            }
            return chunks;
        }

        private static bool IsChat(GenerationRequest request) => request.NativeVariant == "chat";

        private static string StopReason(ModelReply reply)
        {
            switch (reply.StopReason)
            {
                case "max_tokens": return "length";
                case "tool_use": return "tool_calls";
                default: return "stop";
            }
        }
    }
}
