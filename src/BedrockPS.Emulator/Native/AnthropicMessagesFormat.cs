using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Anthropic Claude Messages ("anthropic_version": "bedrock-2023-05-31"), with tool use and thinking blocks.</summary>
    internal sealed class AnthropicMessagesFormat : INativeFormat
    {
        public const string Version = "bedrock-2023-05-31";

        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.Anthropic.Check(body);
            string version = NativeInput.RequiredString(body, "anthropic_version");
            if (version != Version)
            {
                throw NativeInput.Malformed("#/anthropic_version: " + version + " is not a valid enum value");
            }
            var request = new GenerationRequest { MaxTokens = NativeInput.RequiredInt(body, "max_tokens", 1) };
            JsonArray messages = NativeInput.OptionalArray(body, "messages") ?? throw NativeInput.Malformed("#: required key [messages] not found");
            if (body["system"] is JsonValue systemText)
            {
                request.System.Add(systemText.ToString());
            }
            else if (body["system"] is JsonArray systemBlocks)
            {
                foreach (var block in systemBlocks)
                {
                    request.System.Add(block?["text"]?.ToString() ?? string.Empty);
                }
            }
            for (int i = 0; i < messages.Count; i++)
            {
                string? role = messages[i]?["role"]?.ToString();
                if (role != "user" && role != "assistant")
                {
                    throw NativeInput.Malformed("#/messages/" + i + "/role: " + role + " is not a valid enum value");
                }
                var message = new ChatMessage(role);
                JsonNode? content = messages[i]!["content"] ?? throw NativeInput.Malformed("#/messages/" + i + ": required key [content] not found");
                if (content is JsonValue text)
                {
                    message.Texts.Add(text.ToString());
                }
                else if (content is JsonArray blocks)
                {
                    foreach (var block in blocks)
                    {
                        switch (block?["type"]?.ToString())
                        {
                            case "text":
                                message.Texts.Add(block["text"]?.ToString() ?? string.Empty);
                                break;
                            case "tool_use":
                                message.ToolUseInputs.Add(block["input"]?.ToJsonString() ?? "{}");
                                break;
                            case "tool_result":
                                var result = block["content"];
                                message.ToolResults.Add(result is JsonArray parts ? string.Join("\n", JoinTexts(parts)) : result?.ToString() ?? string.Empty);
                                break;
                        }
                    }
                }
                request.Messages.Add(message);
            }
            foreach (var stop in NativeInput.OptionalArray(body, "stop_sequences") ?? new JsonArray())
            {
                request.StopSequences.Add(stop?.ToString() ?? string.Empty);
            }
            foreach (var tool in NativeInput.OptionalArray(body, "tools") ?? new JsonArray())
            {
                request.Tools.Add(new ToolDefinition(tool?["name"]?.ToString() ?? string.Empty, tool?["description"]?.ToString() ?? string.Empty, tool?["input_schema"]));
            }
            string? choice = body["tool_choice"]?["type"]?.ToString();
            request.RequiredTool = choice == "any" ? "*" : choice == "tool" ? body["tool_choice"]?["name"]?.ToString() : null;
            return request;
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var content = new JsonArray();
            if (reply.ReasoningText != null)
            {
                content.Add(new JsonObject { ["type"] = "thinking", ["thinking"] = reply.ReasoningText, ["signature"] = reply.ReasoningSignature });
            }
            if (reply.Text.Length > 0 || reply.ToolCalls.Count == 0)
            {
                content.Add(new JsonObject { ["type"] = "text", ["text"] = reply.Text });
            }
            foreach (var call in reply.ToolCalls)
            {
                content.Add(new JsonObject { ["type"] = "tool_use", ["id"] = call.ToolUseId, ["name"] = call.Name, ["input"] = call.Input.DeepClone() });
            }
            return new JsonObject
            {
                ["id"] = MessageId(requestId),
                ["type"] = "message",
                ["role"] = "assistant",
                ["model"] = ModelName(model),
                ["content"] = content,
                ["stop_reason"] = reply.StopReason,
                ["stop_sequence"] = reply.MatchedStopSequence,
                ["usage"] = new JsonObject { ["input_tokens"] = reply.InputTokens, ["output_tokens"] = reply.OutputTokens },
            };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var chunks = new List<NativeChunk>
            {
                new NativeChunk(new JsonObject
                {
                    ["type"] = "message_start",
                    ["message"] = new JsonObject
                    {
                        ["id"] = MessageId(requestId), ["type"] = "message", ["role"] = "assistant", ["model"] = ModelName(model),
                        ["content"] = new JsonArray(), ["stop_reason"] = null, ["stop_sequence"] = null,
                        ["usage"] = new JsonObject { ["input_tokens"] = reply.InputTokens, ["output_tokens"] = 1 },
                    },
                }, false),
            };
            int index = 0;
            if (reply.ReasoningText != null)
            {
                chunks.Add(BlockStart(index, new JsonObject { ["type"] = "thinking", ["thinking"] = string.Empty }));
                foreach (string piece in TokenCounter.SplitIntoDeltas(reply.ReasoningText))
                {
                    chunks.Add(BlockDelta(index, new JsonObject { ["type"] = "thinking_delta", ["thinking"] = piece }));
                }
                chunks.Add(BlockDelta(index, new JsonObject { ["type"] = "signature_delta", ["signature"] = reply.ReasoningSignature }));
                chunks.Add(BlockStop(index++));
            }
            if (reply.TextDeltas.Count > 0)
            {
                chunks.Add(BlockStart(index, new JsonObject { ["type"] = "text", ["text"] = string.Empty }));
                foreach (string piece in reply.TextDeltas)
                {
                    chunks.Add(BlockDelta(index, new JsonObject { ["type"] = "text_delta", ["text"] = piece }));
                }
                chunks.Add(BlockStop(index++));
            }
            foreach (var call in reply.ToolCalls)
            {
                chunks.Add(BlockStart(index, new JsonObject { ["type"] = "tool_use", ["id"] = call.ToolUseId, ["name"] = call.Name, ["input"] = new JsonObject() }));
                chunks.Add(BlockDelta(index, new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = JsonBody.Text(call.Input) }));
                chunks.Add(BlockStop(index++));
            }
            chunks.Add(new NativeChunk(new JsonObject
            {
                ["type"] = "message_delta",
                ["delta"] = new JsonObject { ["stop_reason"] = reply.StopReason, ["stop_sequence"] = reply.MatchedStopSequence },
                ["usage"] = new JsonObject { ["output_tokens"] = reply.OutputTokens },
            }, false));
            chunks.Add(new NativeChunk(new JsonObject { ["type"] = "message_stop" }, false));
            return chunks;
        }

        private static IEnumerable<string> JoinTexts(JsonArray parts)
        {
            foreach (var part in parts)
            {
                yield return part?["text"]?.ToString() ?? part?.ToJsonString() ?? string.Empty;
            }
        }

        private static string MessageId(string requestId) => ReplyGenerator.DeriveId("msg_bdrk_", requestId, 24);

        private static string ModelName(FoundationModel model)
        {
            // "anthropic.claude-haiku-4-5-20251001-v1:0" -> "claude-haiku-4-5-20251001"
            string name = model.ModelId.Substring(model.ModelId.IndexOf('.') + 1);
            int version = name.LastIndexOf("-v", System.StringComparison.Ordinal);
            return version > 0 ? name.Substring(0, version) : name;
        }

        private static NativeChunk BlockStart(int index, JsonObject block) =>
            new NativeChunk(new JsonObject { ["type"] = "content_block_start", ["index"] = index, ["content_block"] = block }, false);

        private static NativeChunk BlockDelta(int index, JsonObject delta) =>
            new NativeChunk(new JsonObject { ["type"] = "content_block_delta", ["index"] = index, ["delta"] = delta }, true);

        private static NativeChunk BlockStop(int index) =>
            new NativeChunk(new JsonObject { ["type"] = "content_block_stop", ["index"] = index }, false);
    }
}
