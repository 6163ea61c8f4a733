using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>Reads one output file forward, keeping only lines that came before their record's turn.</summary>
    internal sealed class BatchOutputCursor : IDisposable
    {
        private readonly StreamReader? reader;
        private readonly Dictionary<string, string> early = new Dictionary<string, string>(StringComparer.Ordinal);

        private BatchOutputCursor(StreamReader? reader)
        {
            this.reader = reader;
        }

        public static async Task<BatchOutputCursor> OpenAsync(IObjectStorage storage, S3ObjectUri uri, CancellationToken cancellationToken)
        {
            if (!await storage.ExistsAsync(uri, cancellationToken).ConfigureAwait(false))
            {
                return new BatchOutputCursor(null); // every record of this file is reported missing
            }
            return new BatchOutputCursor(new StreamReader(await storage.OpenReadAsync(uri, cancellationToken).ConfigureAwait(false), Encoding.UTF8));
        }

        public async Task<string?> FindAsync(string recordId)
        {
            if (early.TryGetValue(recordId, out var held))
            {
                early.Remove(recordId);
                return held;
            }
            if (reader == null)
            {
                return null;
            }
            string? line;
            while ((line = await reader.ReadLineAsync().ConfigureAwait(false)) != null)
            {
                if (line.Length == 0)
                {
                    continue;
                }
                string? id = RecordIdOf(line);
                if (id == recordId)
                {
                    return line;
                }
                if (id != null)
                {
                    early[id] = line;
                }
            }
            return null;
        }

        private static string? RecordIdOf(string line)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            int depth = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                {
                    depth++;
                }
                else if (reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray)
                {
                    depth--;
                }
                else if (depth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("recordId"))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
            return null;
        }

        public void Dispose() => reader?.Dispose();
    }
}
