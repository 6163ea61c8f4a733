using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>One job of a plan: its files and its row manifest.</summary>
    public sealed class BatchPlannedJob
    {
        /// <summary>Creates a planned job.</summary>
        /// <param name="number">1-based job number.</param>
        /// <param name="files">Its input files, in order.</param>
        /// <param name="manifestPath">Local path of its row manifest, or null when only planned.</param>
        public BatchPlannedJob(int number, IReadOnlyList<BatchPlannedFile> files, string? manifestPath)
        {
            Number = number;
            Files = files;
            ManifestPath = manifestPath;
        }

        /// <summary>1-based; names the job's folder ("job-0001").</summary>
        public int Number { get; }

        /// <summary>The job's input files, in order.</summary>
        public IReadOnlyList<BatchPlannedFile> Files { get; }

        /// <summary>Local path of the job's row manifest; null for a plan made without writing (-WhatIf).</summary>
        public string? ManifestPath { get; }

        /// <summary>Records over the job's files.</summary>
        public long Records => Files.Sum(f => f.Records);

        /// <summary>Bytes over the job's files.</summary>
        public long Bytes => Files.Sum(f => f.Bytes);

        /// <summary>Name of the job's input folder: "job-" and the four-digit number.</summary>
        public string Folder => "job-" + Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
