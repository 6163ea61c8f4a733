using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using F = BedrockPS.Core.Conversations.Persistence.SessionFileFormat;

namespace BedrockPS.Core.Conversations.Persistence
{
    /// <summary>
    /// Writes a conversation as a session file. Only the conversation is written: it holds no credentials, keys or
    /// endpoints, so none can leak into a file.
    /// </summary>
    public static class SessionFileWriter
    {
        /// <summary>Writes a snapshot of the conversation as indented UTF-8 JSON: model, system prompt, settings, defaults, tools (without their host objects), history and totals.</summary>
        /// <param name="conversation">The conversation; a concurrent turn does not tear what is written.</param>
        /// <param name="destination">Stream written to; left open.</param>
        /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
        public static void Write(Conversation conversation, Stream destination)
        {
            if (conversation == null)
            {
                throw new ArgumentNullException(nameof(conversation));
            }

            Conversation snapshot = conversation.Clone();
            using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true, Encoder = BedrockJson.Options.Encoder });
            writer.WriteStartObject();
            ConverseDefaults defaults = snapshot.Defaults;
            writer.WriteNumber(F.FormatVersion, defaults.IsEmpty ? F.VersionWithoutDefaults : F.CurrentVersion);
            writer.WriteString(F.SavedAt, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            WriteNullableString(writer, F.ModelId, snapshot.ModelId);
            WriteNullableString(writer, F.System, snapshot.System);
            if (snapshot.InferenceConfig != null)
            {
                writer.WritePropertyName(F.InferenceConfig);
                JsonSerializer.Serialize(writer, snapshot.InferenceConfig, BedrockJson.Options);
            }

            writer.WriteStartArray(F.Tools);
            foreach (ConversationTool tool in snapshot.Tools)
            {
                writer.WriteStartObject();
                writer.WriteString(F.ToolName, tool.Name);
                WriteNullableString(writer, F.ToolDescription, tool.Description);
                writer.WritePropertyName(F.ToolInputSchema);
                tool.InputSchema.WriteTo(writer);
                WriteNullableString(writer, F.ToolCommand, tool.CommandName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (!defaults.IsEmpty) SessionDefaultsJson.Write(writer, defaults);
            writer.WriteNumber(F.Turns, snapshot.Turns);
            writer.WriteStartObject(F.Usage);
            writer.WriteNumber(F.InputTokens, snapshot.InputTokens);
            writer.WriteNumber(F.OutputTokens, snapshot.OutputTokens);
            writer.WriteNumber(F.TotalTokens, snapshot.TotalTokens);
            writer.WriteNumber(F.CacheReadInputTokens, snapshot.CacheReadInputTokens);
            writer.WriteNumber(F.CacheWriteInputTokens, snapshot.CacheWriteInputTokens);
            writer.WriteEndObject();
            writer.WriteStartArray(F.Messages);
            foreach (Message message in snapshot.SnapshotMessages())
            {
                JsonSerializer.Serialize(writer, message, BedrockJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
        }

        /// <summary>
        /// Writes the file atomically: a temporary file in the same folder is written and flushed to disk, then renamed
        /// over the target, so a crash or full disk never leaves a half-written session where a good one was.
        /// </summary>
        /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or the disk refused.</exception>
        public static void Save(Conversation conversation, string path, bool overwrite)
        {
            string fullPath = System.IO.Path.GetFullPath(path);
            string directory = System.IO.Path.GetDirectoryName(fullPath) ?? ".";
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"The folder '{directory}' does not exist.");
            }

            if (!overwrite && File.Exists(fullPath))
            {
                throw new IOException($"The file '{fullPath}' already exists.");
            }

            string temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    Write(conversation, stream);
                    stream.Flush(flushToDisk: true);
                }

                if (File.Exists(fullPath))
                {
                    if (!overwrite)
                    {
                        throw new IOException($"The file '{fullPath}' already exists.");
                    }

                    File.Replace(temporary, fullPath, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temporary, fullPath);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
        {
            if (value == null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }
    }
}
