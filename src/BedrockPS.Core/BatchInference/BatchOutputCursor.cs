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
    /// <summary>
    /// Reads one output file forward, keeping only lines that came before their record's turn. The service does not
    /// promise input order, so those lines are held in memory up to a budget and past it in a temporary file, of which
    /// only each line's place is kept: memory stays bounded whatever the order of the file.
    /// </summary>
    internal sealed class BatchOutputCursor : IDisposable
    {
        /// <summary>What early lines may take in memory (UTF-16 text) before the next ones go to disk.</summary>
        internal const long DefaultHeldBytes = 2L * 1024 * 1024;

        private static readonly Encoding Utf8 = new UTF8Encoding(false);
        private readonly StreamReader? reader;
        private readonly long heldBytesBudget;
        private readonly Dictionary<string, string> early = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, (long Offset, int Length)> spilled = new Dictionary<string, (long Offset, int Length)>(StringComparer.Ordinal);
        private FileStream? spillFile;
        private long spillEnd;

        private BatchOutputCursor(StreamReader? reader, long heldBytesBudget)
        {
            this.reader = reader;
            this.heldBytesBudget = heldBytesBudget;
        }

        /// <summary>Bytes of early lines held in memory now.</summary>
        internal long HeldBytes { get; private set; }

        /// <summary>Early lines written to the temporary file so far.</summary>
        internal int SpilledLines { get; private set; }

        public static async Task<BatchOutputCursor> OpenAsync(IObjectStorage storage, S3ObjectUri uri, CancellationToken cancellationToken,
            long heldBytesBudget = DefaultHeldBytes)
        {
            if (!await storage.ExistsAsync(uri, cancellationToken).ConfigureAwait(false))
            {
                return new BatchOutputCursor(null, heldBytesBudget); // every record of this file is reported missing
            }
            return new BatchOutputCursor(new StreamReader(await storage.OpenReadAsync(uri, cancellationToken).ConfigureAwait(false), Encoding.UTF8), heldBytesBudget);
        }

        public async Task<string?> FindAsync(string recordId)
        {
            if (early.TryGetValue(recordId, out var held))
            {
                early.Remove(recordId);
                HeldBytes -= SizeOf(held);
                return held;
            }
            if (spilled.TryGetValue(recordId, out var place))
            {
                spilled.Remove(recordId);
                return ReadSpilled(place);
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
                    Hold(id, line);
                }
            }
            return null;
        }

        public void Dispose()
        {
            reader?.Dispose();
            spillFile?.Dispose();
        }

        private void Hold(string id, string line)
        {
            // A repeated record id keeps its first line, in memory or on disk alike.
            if (early.ContainsKey(id) || spilled.ContainsKey(id))
            {
                return;
            }
            long size = SizeOf(line);
            if (HeldBytes + size <= heldBytesBudget)
            {
                early[id] = line;
                HeldBytes += size;
                return;
            }
            spillFile ??= new FileStream(Path.Combine(Path.GetTempPath(), "bedrockps-output-" + Guid.NewGuid().ToString("N") + ".tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
            byte[] bytes = Utf8.GetBytes(line);
            spillFile.Position = spillEnd;
            spillFile.Write(bytes, 0, bytes.Length);
            spilled[id] = (spillEnd, bytes.Length);
            spillEnd += bytes.Length;
            SpilledLines++;
        }

        private string ReadSpilled((long Offset, int Length) place)
        {
            var bytes = new byte[place.Length];
            spillFile!.Position = place.Offset;
            int read = 0;
            while (read < bytes.Length)
            {
                int n = spillFile.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                {
                    throw new IOException("The temporary file of early output lines ended before the line it holds.");
                }
                read += n;
            }
            return Utf8.GetString(bytes);
        }

        private static long SizeOf(string line) => 2L * line.Length;

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
    }
}
