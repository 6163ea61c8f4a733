using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using F = BedrockPS.Core.Conversations.Persistence.SessionFileFormat;

namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>
    /// Reads session files defensively: size, nesting and string lengths are checked before anything is built, and
    /// every member is checked for its type, so any bad file ends in one <see cref="SessionFileException"/>.
    /// </summary>
    public static class SessionFileReader
    {
        private static readonly HashSet<string> ContentBlockKinds = WireNamesOf(typeof(ContentBlock));

        /// <summary>Reads a session file into a new conversation.</summary>
        /// <param name="path">Path of the file; made absolute against the process's current directory.</param>
        /// <param name="limits">Bounds to apply; null uses <see cref="SessionFileLimits.Default"/>.</param>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <exception cref="SessionFileException">The file cannot be read, is not a valid session file, or exceeds the limits.</exception>
        public static Conversation Load(string path, SessionFileLimits? limits = null)
        {
            limits ??= SessionFileLimits.Default;
            string fullPath = System.IO.Path.GetFullPath(path);
            byte[] bytes;
            try
            {
                var info = new FileInfo(fullPath);
                if (!info.Exists)
                {
                    throw new FileNotFoundException($"The session file '{fullPath}' does not exist.", fullPath);
                }

                if (info.Length > limits.MaxFileBytes)
                {
                    throw new SessionFileException(fullPath, $"it is {info.Length} bytes, more than the {limits.MaxFileBytes} bytes a session file may have.");
                }

                bytes = File.ReadAllBytes(fullPath);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new SessionFileException(fullPath, "it cannot be read (access denied).", ex);
            }

            return Read(bytes, limits, fullPath);
        }

        /// <summary>Reads session file content into a new conversation.</summary>
        /// <param name="utf8Json">The file's bytes (UTF-8, a byte order mark is allowed).</param>
        /// <param name="limits">Bounds to apply; null uses <see cref="SessionFileLimits.Default"/>.</param>
        /// <param name="path">File name used in error messages, or null.</param>
        /// <exception cref="SessionFileException">The content is not a valid session file or exceeds the limits.</exception>
        public static Conversation Read(byte[] utf8Json, SessionFileLimits? limits = null, string? path = null)
        {
            limits ??= SessionFileLimits.Default;
            if (utf8Json.LongLength > limits.MaxFileBytes)
            {
                throw new SessionFileException(path, $"it is {utf8Json.LongLength} bytes, more than the {limits.MaxFileBytes} bytes a session file may have.");
            }

            var json = new ReadOnlyMemory<byte>(utf8Json);
            if (json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
            {
                json = json.Slice(3);
            }

            CheckShape(json.Span, limits, path);
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
            try
            {
                return Build(document.RootElement, path);
            }
            catch (JsonException ex)
            {
                throw new SessionFileException(path, $"a value has the wrong type ({Trim(ex.Message)}).", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new SessionFileException(path, $"a value has the wrong type ({Trim(ex.Message)}).", ex);
            }
        }

        /// <summary>One forward pass that refuses bad JSON, deep nesting and huge strings before a document is built.</summary>
        private static void CheckShape(ReadOnlySpan<byte> json, SessionFileLimits limits, string? path)
        {
            if (json.Length == 0)
            {
                throw new SessionFileException(path, "it is empty.");
            }

            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
            try
            {
                bool first = true;
                while (reader.Read())
                {
                    if (first && reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new SessionFileException(path, "it does not hold a JSON object.");
                    }

                    first = false;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            if (reader.CurrentDepth >= limits.MaxDepth)
                            {
                                throw new SessionFileException(path, $"it is nested deeper than {limits.MaxDepth} levels.");
                            }

                            break;
                        case JsonTokenType.String:
                        case JsonTokenType.PropertyName:
                            if (reader.ValueSpan.Length > limits.MaxStringBytes)
                            {
                                throw new SessionFileException(path, $"it holds a string of {reader.ValueSpan.Length} bytes, more than the limit of {limits.MaxStringBytes}.");
                            }

                            break;
                    }
                }
            }
            catch (JsonException ex)
            {
                bool atEnd = reader.BytesConsumed >= json.Length - 1 || ex.Message.IndexOf("end of data", StringComparison.OrdinalIgnoreCase) >= 0
                    || ex.Message.IndexOf("incomplete", StringComparison.OrdinalIgnoreCase) >= 0;
                string reason = atEnd
                    ? "the JSON ends too early (the file looks truncated)."
                    : $"it is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).";
                throw new SessionFileException(path, reason, ex);
            }
        }

        private static Conversation Build(JsonElement root, string? path)
        {
            if (!root.TryGetProperty(F.FormatVersion, out JsonElement version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int formatVersion))
            {
                throw new SessionFileException(path, $"'{F.FormatVersion}' is missing or not a whole number.");
            }

            if (formatVersion > F.CurrentVersion)
            {
                throw new SessionFileException(path, $"it has format version {formatVersion}, newer than this module reads ({F.CurrentVersion}); update BedrockPS.");
            }

            if (formatVersion < 1)
            {
                throw new SessionFileException(path, $"format version {formatVersion} does not exist.");
            }

            var conversation = new Conversation
            {
                ModelId = OptionalString(root, F.ModelId, path),
                System = OptionalString(root, F.System, path),
            };

            if (root.TryGetProperty(F.InferenceConfig, out JsonElement inference) && inference.ValueKind != JsonValueKind.Null)
            {
                RequireKind(inference, JsonValueKind.Object, F.InferenceConfig, path);
                InferenceConfiguration? settings = inference.Deserialize<InferenceConfiguration>(BedrockJson.Options);
                // A number beyond float's range reads as infinity, which loads but can never be sent or saved again.
                if (settings != null && (IsInfinite(settings.Temperature) || IsInfinite(settings.TopP)))
                {
                    throw new SessionFileException(path, $"\"{F.InferenceConfig}\" has a temperature or topP too large to be a number of its kind.");
                }
                conversation.InferenceConfig = settings;
            }

            if (root.TryGetProperty(F.Tools, out JsonElement tools) && tools.ValueKind != JsonValueKind.Null)
            {
                RequireKind(tools, JsonValueKind.Array, F.Tools, path);
                int index = 0;
                foreach (JsonElement tool in tools.EnumerateArray())
                {
                    conversation.SetTool(ReadTool(tool, $"{F.Tools}[{index++}]", path));
                }
            }

            if (root.TryGetProperty(F.Defaults, out JsonElement defaults) && defaults.ValueKind != JsonValueKind.Null)
            {
                RequireKind(defaults, JsonValueKind.Object, F.Defaults, path);
                conversation.Defaults = SessionDefaultsJson.Read(defaults, path);
            }

            conversation.Turns = (int)Math.Min(int.MaxValue, OptionalCount(root, F.Turns, F.Turns, path));
            if (root.TryGetProperty(F.Usage, out JsonElement usage) && usage.ValueKind != JsonValueKind.Null)
            {
                RequireKind(usage, JsonValueKind.Object, F.Usage, path);
                conversation.InputTokens = OptionalCount(usage, F.InputTokens, $"{F.Usage}.{F.InputTokens}", path);
                conversation.OutputTokens = OptionalCount(usage, F.OutputTokens, $"{F.Usage}.{F.OutputTokens}", path);
                conversation.TotalTokens = OptionalCount(usage, F.TotalTokens, $"{F.Usage}.{F.TotalTokens}", path);
                conversation.CacheReadInputTokens = OptionalCount(usage, F.CacheReadInputTokens, $"{F.Usage}.{F.CacheReadInputTokens}", path);
                conversation.CacheWriteInputTokens = OptionalCount(usage, F.CacheWriteInputTokens, $"{F.Usage}.{F.CacheWriteInputTokens}", path);
            }

            if (!root.TryGetProperty(F.Messages, out JsonElement messages))
            {
                throw new SessionFileException(path, $"'{F.Messages}' is missing.");
            }

            RequireKind(messages, JsonValueKind.Array, F.Messages, path);
            var list = new List<Message>(messages.GetArrayLength());
            int position = 0;
            foreach (JsonElement message in messages.EnumerateArray())
            {
                list.Add(ReadMessage(message, $"{F.Messages}[{position++}]", path));
            }

            conversation.ReplaceMessages(list);
            return conversation;
        }

        private static ConversationTool ReadTool(JsonElement tool, string where, string? path)
        {
            RequireKind(tool, JsonValueKind.Object, where, path);
            string? name = OptionalString(tool, F.ToolName, path, where);
            if (string.IsNullOrEmpty(name) || name!.Length > 64 || name.Any(c => !(char.IsLetterOrDigit(c) && c < 128) && c != '_' && c != '-'))
            {
                throw new SessionFileException(path, $"{where}.{F.ToolName} is not a valid tool name (1 to 64 of a-z, A-Z, 0-9, _ and -).");
            }

            if (!tool.TryGetProperty(F.ToolInputSchema, out JsonElement schema) || schema.ValueKind != JsonValueKind.Object)
            {
                throw new SessionFileException(path, $"{where}.{F.ToolInputSchema} must be a JSON object.");
            }

            return new ConversationTool(name, OptionalString(tool, F.ToolDescription, path, where), schema, OptionalString(tool, F.ToolCommand, path, where));
        }

        private static Message ReadMessage(JsonElement element, string where, string? path)
        {
            RequireKind(element, JsonValueKind.Object, where, path);
            string? role = OptionalString(element, "role", path, where);
            if (role != "user" && role != "assistant")
            {
                throw new SessionFileException(path, $"{where}.role must be \"user\" or \"assistant\".");
            }

            if (!element.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
            {
                throw new SessionFileException(path, $"{where}.content must be a non-empty array.");
            }

            int index = 0;
            foreach (JsonElement block in content.EnumerateArray())
            {
                string blockWhere = $"{where}.content[{index++}]";
                RequireKind(block, JsonValueKind.Object, blockWhere, path);
                var keys = block.EnumerateObject().Select(p => p.Name).ToList();
                if (keys.Count != 1)
                {
                    throw new SessionFileException(path, $"{blockWhere} must have exactly one member (it has {keys.Count}).");
                }

                if (!ContentBlockKinds.Contains(keys[0]))
                {
                    throw new SessionFileException(path, $"{blockWhere} is of unknown kind '{Trim(keys[0])}'.");
                }
            }

            try
            {
                return element.Deserialize<Message>(BedrockJson.Options) ?? throw new SessionFileException(path, $"{where} is empty.");
            }
            catch (JsonException ex)
            {
                throw new SessionFileException(path, $"{where} has a value of the wrong type at {ex.Path}.", ex);
            }
            catch (FormatException ex)
            {
                throw new SessionFileException(path, $"{where} holds data that is not valid base64.", ex);
            }
        }

        internal static void RequireKind(JsonElement element, JsonValueKind kind, string where, string? path)
        {
            if (element.ValueKind != kind)
            {
                string expected = kind == JsonValueKind.Object ? "an object" : kind == JsonValueKind.Array ? "an array" : kind.ToString();
                throw new SessionFileException(path, $"{where} must be {expected}.");
            }
        }

        internal static string? OptionalString(JsonElement parent, string name, string? path, string? where = null)
        {
            if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw new SessionFileException(path, $"{(where == null ? name : where + "." + name)} must be a string.");
            }

            return value.GetString();
        }

        private static long OptionalCount(JsonElement parent, string name, string where, string? path)
        {
            if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return 0;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long count) || count < 0)
            {
                throw new SessionFileException(path, $"{where} must be a whole number of zero or more.");
            }

            return count;
        }

        private static string Trim(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";

        /// <summary>The JSON names of a model's members, so the accepted block kinds follow the model without a second list.</summary>
        private static bool IsInfinite(float? value) => value.HasValue && float.IsInfinity(value.Value);

        private static HashSet<string> WireNamesOf(Type type)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonIgnoreAttribute>() != null || property.GetSetMethod() == null)
                {
                    continue;
                }

                string name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                    ?? BedrockJson.Options.PropertyNamingPolicy?.ConvertName(property.Name)
                    ?? property.Name;
                names.Add(name);
            }

            return names;
        }
    }
}
