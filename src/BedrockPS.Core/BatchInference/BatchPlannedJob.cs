using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One job of a plan: its files and its row manifest.</summary>
    public sealed class BatchPlannedJob
    {
        public BatchPlannedJob(int number, IReadOnlyList<BatchPlannedFile> files, string? manifestPath)
        {
            Number = number;
            Files = files;
            ManifestPath = manifestPath;
        }

        /// <summary>1-based; names the job's folder ("job-0001").</summary>
        public int Number { get; }

        public IReadOnlyList<BatchPlannedFile> Files { get; }

        public string? ManifestPath { get; }

        public long Records => Files.Sum(f => f.Records);

        public long Bytes => Files.Sum(f => f.Bytes);

        public string Folder => "job-" + Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
