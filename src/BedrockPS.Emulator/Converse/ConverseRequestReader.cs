using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BedrockPS.Emulator.Caching;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Converse
{
    /// <summary>
    /// Validates a Converse / ConverseStream / CountTokens(converse) body against the service model's constraints
    /// and reduces it to a GenerationRequest. Constraint violations are collected and reported together, the way
    /// the service words them ("Value 'x' at 'path' failed to satisfy constraint: ...").
    /// </summary>
    internal static class ConverseRequestReader
    {
        private static readonly Regex ToolNamePattern = new Regex("^[a-zA-Z0-9_-]+$");
        private static readonly Regex ToolUseIdPattern = new Regex("^[a-zA-Z0-9_.:-]+$");
        private static readonly string[] ContentBlockKinds =
        {
            "text", "image", "document", "video", "audio", "toolUse", "toolResult", "guardContent", "cachePoint",
            "reasoningContent", "citationsContent", "searchResult", "toolAddition", "toolRemoval",
        };

        public static GenerationRequest Read(JsonObject body, bool messagesRequired = true)
        {
            var violations = new List<string>();
            var request = new GenerationRequest();
            var prefix = new PromptPrefixTracker();

            ReadInferenceConfig(body["inferenceConfig"] as JsonObject, request, violations);
            ReadToolConfig(body["toolConfig"] as JsonObject, request, prefix, violations);
            ReadAdditionalPaths(body["additionalModelResponseFieldPaths"] as JsonArray, violations);
            CheckRequestMetadata(body["requestMetadata"] as JsonObject, violations);
            // The service lists this enum in this order (seen in its answers).
            CheckEnum(body["performanceConfig"]?["latency"], "performanceConfig.latency", new[] { "optimized", "standard" }, violations);
            OutputConfigReader.Read(body["outputConfig"] as JsonObject, request, violations);
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }

            if (body["system"] is JsonArray system)
            {
                for (int i = 0; i < system.Count; i++)
                {
                    if (system[i] is JsonObject block && block["text"] != null)
                    {
                        string text = block["text"]!.ToString();
                        if (string.IsNullOrWhiteSpace(text))
                        {
                            throw ServiceError.Validation("The text field in the SystemContentBlock object at system." + i + " is blank. Add text to the text field, and try again.");
                        }
                        request.System.Add(text);
                        prefix.Add(block, TokenCounter.Count(text));
                    }
                    else if (system[i] is JsonObject point && point["cachePoint"] != null)
                    {
                        request.CacheCheckpoints.Add(prefix.Mark("system", CachePointTtl(point["cachePoint"], "system." + (i + 1) + ".member.cachePoint")));
                    }
                    else
                    {
                        prefix.Add(system[i], 0);
                    }
                }
            }

            var messages = body["messages"] as JsonArray;
            if (messages == null || messages.Count == 0)
            {
                if (messagesRequired)
                {
                    throw ServiceError.Validation("A conversation must start with a user message. Try again with a conversation that starts with a user message.");
                }
                return request;
            }
            string? previousRole = null;
            for (int i = 0; i < messages.Count; i++)
            {
                var message = messages[i] as JsonObject ?? throw ServiceError.Validation("1 validation error detected: Value null at 'messages." + (i + 1) + ".member' failed to satisfy constraint: Member must not be null");
                string? role = JsonBody.String(message, "role");
                if (role != "user" && role != "assistant")
                {
                    throw ServiceError.Validation("1 validation error detected: Value '" + role + "' at 'messages." + (i + 1) + ".member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]");
                }
                if (i == 0 && role != "user")
                {
                    throw ServiceError.Validation("A conversation must start with a user message. Try again with a conversation that starts with a user message.");
                }
                if (role == previousRole)
                {
                    throw ServiceError.Validation("A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.");
                }
                previousRole = role;
                var content = message["content"] as JsonArray;
                if (content == null)
                {
                    throw ServiceError.Validation("1 validation error detected: Value null at 'messages." + (i + 1) + ".member.content' failed to satisfy constraint: Member must not be null");
                }
                if (content.Count == 0)
                {
                    throw ServiceError.Validation("The content field in the Message object at messages." + i + " is empty. Add a ContentBlock object to the content field and try again.");
                }
                request.Messages.Add(ReadMessage(role!, content, i, request, prefix));
            }
            return request;
        }

        private static ChatMessage ReadMessage(string role, JsonArray content, int messageIndex, GenerationRequest request, PromptPrefixTracker prefix)
        {
            var message = new ChatMessage(role);
            prefix.Add(JsonValue.Create(role), 0);
            for (int j = 0; j < content.Count; j++)
            {
                int tokensBefore = TokenCounter.CountMessage(message);
                ReadBlock(message, content[j] as JsonObject, messageIndex, j, request, prefix);
                if (!(content[j] is JsonObject point && point["cachePoint"] != null))
                {
                    prefix.Add(content[j], TokenCounter.CountMessage(message) - tokensBefore);
                }
            }
            return message;
        }

        private static void ReadBlock(ChatMessage message, JsonObject? block, int messageIndex, int j, GenerationRequest request, PromptPrefixTracker prefix)
        {
            var keys = block?.Select(p => p.Key).Where(k => ContentBlockKinds.Contains(k)).ToList() ?? new List<string>();
            if (block == null || keys.Count != 1)
            {
                throw ServiceError.Validation("The ContentBlock object at messages." + messageIndex + ".content." + j + " must set exactly one of its members.");
            }
            switch (keys[0])
            {
                case "text":
                    string text = block["text"]?.ToString() ?? string.Empty;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        throw ServiceError.Validation("The text field in the ContentBlock object at messages." + messageIndex + ".content." + j + " is blank. Add text to the text field, and try again.");
                    }
                    message.Texts.Add(text);
                    break;
                case "toolUse":
                    var toolUse = block["toolUse"] as JsonObject;
                    string? id = toolUse == null ? null : JsonBody.String(toolUse, "toolUseId");
                    if (id == null || id.Length > 64 || !ToolUseIdPattern.IsMatch(id))
                    {
                        throw ServiceError.Validation("1 validation error detected: Value '" + id + "' at 'messages." + (messageIndex + 1) + ".member.content." + (j + 1)
                            + ".member.toolUse.toolUseId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.:-]+");
                    }
                    message.ToolUseInputs.Add(toolUse!["input"]?.ToJsonString() ?? "{}");
                    break;
                case "toolResult":
                    var toolResult = block["toolResult"] as JsonObject;
                    if (toolResult == null || JsonBody.String(toolResult, "toolUseId") == null)
                    {
                        throw ServiceError.Validation("1 validation error detected: Value null at 'messages." + (messageIndex + 1) + ".member.content." + (j + 1)
                            + ".member.toolResult.toolUseId' failed to satisfy constraint: Member must not be null");
                    }
                    message.ToolResults.Add(ToolResultText(toolResult["content"] as JsonArray));
                    break;
                case "document":
                    var document = block["document"] as JsonObject;
                    if (document?["source"]?["text"] != null)
                    {
                        message.Texts.Add(document["source"]!["text"]!.ToString());
                    }
                    break;
                case "guardContent":
                    string? guarded = block["guardContent"]?["text"]?["text"]?.ToString();
                    if (guarded != null)
                    {
                        message.Texts.Add(guarded);
                    }
                    break;
                case "reasoningContent":
                    string? reasoning = block["reasoningContent"]?["reasoningText"]?["text"]?.ToString();
                    if (reasoning != null)
                    {
                        message.ToolUseInputs.Add(reasoning);
                    }
                    break;
                case "cachePoint":
                    string path = "messages." + (messageIndex + 1) + ".member.content." + (j + 1) + ".member.cachePoint";
                    request.CacheCheckpoints.Add(prefix.Mark("messages", CachePointTtl(block["cachePoint"], path)));
                    break;
            }
        }

        /// <summary>A cachePoint's TTL ("5m" when absent), after checking its members as the service model does.</summary>
        private static string CachePointTtl(JsonNode? cachePoint, string path)
        {
            var violations = new List<string>();
            if (cachePoint?["type"] == null)
            {
                violations.Add("Value null at '" + path + ".type' failed to satisfy constraint: Member must not be null");
            }
            CheckEnum(cachePoint?["type"], path + ".type", new[] { "default" }, violations);
            CheckEnum(cachePoint?["ttl"], path + ".ttl", new[] { "5m", "1h" }, violations);
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }
            return cachePoint?["ttl"]?.ToString() ?? "5m";
        }

        private static string ToolResultText(JsonArray? content)
        {
            var parts = new List<string>();
            foreach (var item in content ?? new JsonArray())
            {
                if (item?["text"] != null)
                {
                    parts.Add(item["text"]!.ToString());
                }
                else if (item?["json"] != null)
                {
                    parts.Add(item["json"]!.ToJsonString());
                }
            }
            return string.Join("\n", parts);
        }

        private static void ReadInferenceConfig(JsonObject? config, GenerationRequest request, List<string> violations)
        {
            if (config == null)
            {
                return;
            }
            double? maxTokens = JsonBody.Number(config, "maxTokens", "inferenceConfig.maxTokens");
            if (maxTokens.HasValue)
            {
                if (maxTokens.Value < 1)
                {
                    violations.Add("Value '" + JsonBody.Format(maxTokens.Value) + "' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1");
                }
                request.MaxTokens = (int)maxTokens.Value;
            }
            CheckUnitRange(config, "temperature", violations);
            CheckUnitRange(config, "topP", violations);
            if (config["stopSequences"] is JsonArray stops)
            {
                if (stops.Count > 2500)
                {
                    violations.Add("Value at 'inferenceConfig.stopSequences' failed to satisfy constraint: Member must have length less than or equal to 2500");
                }
                for (int i = 0; i < stops.Count; i++)
                {
                    string stop = stops[i]?.ToString() ?? string.Empty;
                    if (stop.Length == 0)
                    {
                        violations.Add("Value '' at 'inferenceConfig.stopSequences." + (i + 1) + ".member' failed to satisfy constraint: Member must have length greater than or equal to 1");
                    }
                    else
                    {
                        request.StopSequences.Add(stop);
                    }
                }
            }
        }

        private static void CheckUnitRange(JsonObject config, string member, List<string> violations)
        {
            double? value = JsonBody.Number(config, member, "inferenceConfig." + member);
            if (value.HasValue && value.Value < 0)
            {
                violations.Add("Value '" + JsonBody.Format(value.Value) + "' at 'inferenceConfig." + member + "' failed to satisfy constraint: Member must have value greater than or equal to 0");
            }
            if (value.HasValue && value.Value > 1)
            {
                violations.Add("Value '" + JsonBody.Format(value.Value) + "' at 'inferenceConfig." + member + "' failed to satisfy constraint: Member must have value less than or equal to 1");
            }
        }

        private static void ReadToolConfig(JsonObject? toolConfig, GenerationRequest request, PromptPrefixTracker prefix, List<string> violations)
        {
            if (toolConfig == null)
            {
                return;
            }
            var tools = toolConfig["tools"] as JsonArray;
            if (tools == null || tools.Count == 0)
            {
                violations.Add("Value '[]' at 'toolConfig.tools' failed to satisfy constraint: Member must have length greater than or equal to 1");
                return;
            }
            for (int i = 0; i < tools.Count; i++)
            {
                var spec = tools[i]?["toolSpec"] as JsonObject;
                if (spec == null)
                {
                    if (tools[i]?["cachePoint"] != null)
                    {
                        request.CacheCheckpoints.Add(prefix.Mark("tools", CachePointTtl(tools[i]!["cachePoint"], "toolConfig.tools." + (i + 1) + ".member.cachePoint")));
                    }
                    else
                    {
                        prefix.Add(tools[i], 0);
                    }
                    continue;
                }
                string name = JsonBody.String(spec, "name") ?? string.Empty;
                string path = "toolConfig.tools." + (i + 1) + ".member.toolSpec";
                if (name.Length < 1 || name.Length > 64)
                {
                    violations.Add("Value '" + name + "' at '" + path + ".name' failed to satisfy constraint: Member must have length between 1 and 64");
                }
                else if (!ToolNamePattern.IsMatch(name))
                {
                    violations.Add("Value '" + name + "' at '" + path + ".name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+");
                }
                if (spec["inputSchema"] == null)
                {
                    violations.Add("Value null at '" + path + ".inputSchema' failed to satisfy constraint: Member must not be null");
                }
                var tool = new ToolDefinition(name, JsonBody.String(spec, "description") ?? string.Empty, spec["inputSchema"]?["json"]);
                request.Tools.Add(tool);
                prefix.Add(tools[i], TokenCounter.CountTool(tool));
            }
            var choice = toolConfig["toolChoice"] as JsonObject;
            if (choice?["any"] != null)
            {
                request.RequiredTool = "*";
            }
            else if (choice?["tool"] is JsonObject named)
            {
                string chosen = JsonBody.String(named, "name") ?? string.Empty;
                if (request.Tools.All(t => t.Name != chosen))
                {
                    violations.Add("Value '" + chosen + "' at 'toolConfig.toolChoice.tool.name' failed to satisfy constraint: Member must name one of the tools in toolConfig.tools");
                }
                request.RequiredTool = chosen;
            }
        }

        private static readonly Regex MetadataPattern = new Regex("^[a-zA-Z0-9\\s:_@$#=/+,.-]+$");

        private static void CheckRequestMetadata(JsonObject? metadata, List<string> violations)
        {
            if (metadata == null)
            {
                return;
            }
            if (metadata.Count < 1 || metadata.Count > 16)
            {
                violations.Add("Value at 'requestMetadata' failed to satisfy constraint: Member must have length between 1 and 16");
            }
            foreach (var entry in metadata)
            {
                string value = entry.Value?.ToString() ?? string.Empty;
                if (entry.Key.Length < 1 || entry.Key.Length > 256 || !MetadataPattern.IsMatch(entry.Key)
                    || value.Length > 256 || (value.Length > 0 && !MetadataPattern.IsMatch(value)))
                {
                    violations.Add("Value '" + entry.Key + "' at 'requestMetadata' failed to satisfy constraint: Map keys and values must satisfy regular expression pattern: [a-zA-Z0-9\\s:_@$#=/+,-.]{0,256}");
                }
            }
        }

        private static void CheckEnum(JsonNode? value, string path, string[] allowed, List<string> violations)
        {
            if (value != null && !allowed.Contains(value.ToString()))
            {
                violations.Add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must satisfy enum value set: [" + string.Join(", ", allowed) + "]");
            }
        }

        private static void ReadAdditionalPaths(JsonArray? paths, List<string> violations)
        {
            if (paths == null)
            {
                return;
            }
            if (paths.Count > 10)
            {
                violations.Add("Value at 'additionalModelResponseFieldPaths' failed to satisfy constraint: Member must have length less than or equal to 10");
            }
            for (int i = 0; i < paths.Count; i++)
            {
                int length = paths[i]?.ToString().Length ?? 0;
                if (length < 1 || length > 256)
                {
                    violations.Add("Value at 'additionalModelResponseFieldPaths." + (i + 1) + ".member' failed to satisfy constraint: Member must have length between 1 and 256");
                }
            }
        }
    }
}
