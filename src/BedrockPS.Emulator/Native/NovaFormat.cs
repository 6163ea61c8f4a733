using System.Collections.Generic;
using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Converse;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;

namespace BedrockPS.Emulator.Native
{
    /// <summary>Amazon Nova understanding models ("messages-v1"): a Converse-like body; Converse-like output and stream chunks.</summary>
    internal sealed class NovaFormat : INativeFormat
    {
        public bool GeneratesText => true;

        public GenerationRequest Read(JsonObject body)
        {
            NativeBodyShapes.Nova.Check(body);
            // Nova's validator does not know "$defs" in tool schemas (definitions must be inlined).
            string? definitions = ModelFeatureCheck.SchemaDefinitionsPath(body["toolConfig"]?["tools"] as JsonArray);
            if (definitions != null)
            {
                throw NativeInput.Malformed(definitions + ": extraneous key [$defs] is not permitted");
            }
            // Nova accepts max_new_tokens as an alias of maxTokens.
            var copy = (JsonObject)body.DeepClone();
            if (copy["inferenceConfig"] is JsonObject config && config["maxTokens"] == null && config["max_new_tokens"] != null)
            {
                config["maxTokens"] = config["max_new_tokens"]!.DeepClone();
            }
            return ConverseRequestReader.Read(copy);
        }

        public JsonObject Response(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var content = new JsonArray();
            if (reply.ReasoningText != null)
            {
                content.Add(new JsonObject { ["reasoningContent"] = new JsonObject { ["reasoningText"] = new JsonObject { ["text"] = reply.ReasoningText } } });
            }
            if (reply.Text.Length > 0 || reply.ToolCalls.Count == 0)
            {
                content.Add(new JsonObject { ["text"] = reply.Text });
            }
            foreach (var call in reply.ToolCalls)
            {
                content.Add(new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = call.ToolUseId, ["name"] = call.Name, ["input"] = call.Input.DeepClone() } });
            }
            return new JsonObject
            {
                ["output"] = new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content } },
                ["stopReason"] = reply.StopReason,
                ["usage"] = Usage(reply),
            };
        }

        public List<NativeChunk> StreamChunks(ModelReply reply, GenerationRequest request, FoundationModel model, string requestId)
        {
            var chunks = new List<NativeChunk> { new NativeChunk(new JsonObject { ["messageStart"] = new JsonObject { ["role"] = "assistant" } }, false) };
            int index = 0;
            if (reply.TextDeltas.Count > 0)
            {
                foreach (string piece in reply.TextDeltas)
                {
                    chunks.Add(new NativeChunk(new JsonObject { ["contentBlockDelta"] = new JsonObject { ["delta"] = new JsonObject { ["text"] = piece }, ["contentBlockIndex"] = index } }, true));
                }
                chunks.Add(new NativeChunk(new JsonObject { ["contentBlockStop"] = new JsonObject { ["contentBlockIndex"] = index++ } }, false));
            }
            foreach (var call in reply.ToolCalls)
            {
                chunks.Add(new NativeChunk(new JsonObject
                {
                    ["contentBlockStart"] = new JsonObject { ["start"] = new JsonObject { ["toolUse"] = new JsonObject { ["toolUseId"] = call.ToolUseId, ["name"] = call.Name } }, ["contentBlockIndex"] = index },
                }, false));
                chunks.Add(new NativeChunk(new JsonObject
                {
                    ["contentBlockDelta"] = new JsonObject { ["delta"] = new JsonObject { ["toolUse"] = new JsonObject { ["input"] = JsonBody.Text(call.Input) } }, ["contentBlockIndex"] = index },
                }, true));
                chunks.Add(new NativeChunk(new JsonObject { ["contentBlockStop"] = new JsonObject { ["contentBlockIndex"] = index++ } }, false));
            }
            chunks.Add(new NativeChunk(new JsonObject { ["messageStop"] = new JsonObject { ["stopReason"] = reply.StopReason } }, false));
            chunks.Add(new NativeChunk(new JsonObject { ["metadata"] = new JsonObject { ["usage"] = Usage(reply), ["metrics"] = new JsonObject(), ["trace"] = new JsonObject() } }, false));
            return chunks;
        }

        private static JsonObject Usage(ModelReply reply) => new JsonObject
        {
            ["inputTokens"] = reply.InputTokens,
            ["outputTokens"] = reply.OutputTokens,
            ["totalTokens"] = reply.InputTokens + reply.OutputTokens,
        };
    }
}
