using System.Text.Json;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One line of a row manifest: the record id, the row's position and input file, and the row itself.</summary>
    internal sealed class BatchManifestEntry
    {
        public string RecordId { get; private set; } = string.Empty;
        public long Index { get; private set; }
        public string File { get; private set; } = string.Empty;
        public string RowJson { get; private set; } = "null";

        public static BatchManifestEntry Parse(string line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return new BatchManifestEntry
            {
                RecordId = root.GetProperty("recordId").GetString()!,
                Index = root.GetProperty("index").GetInt64(),
                File = root.GetProperty("file").GetString()!,
                RowJson = root.TryGetProperty("input", out var input) ? input.GetRawText() : "null",
            };
        }
    }
}
