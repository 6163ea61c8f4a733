namespace BedrockPS.Core.BatchInference
{
    /// <summary>One input JSONL file of a planned job.</summary>
    public sealed class BatchPlannedFile
    {
        /// <summary>Creates a planned file.</summary>
        /// <param name="name">Name under the job's input prefix.</param>
        /// <param name="localPath">Where it was written, or null when only planned.</param>
        /// <param name="records">Records in it.</param>
        /// <param name="bytes">Its size in bytes.</param>
        public BatchPlannedFile(string name, string? localPath, long records, long bytes)
        {
            Name = name;
            LocalPath = localPath;
            Records = records;
            Bytes = bytes;
        }

        /// <summary>The file's name under the job's input prefix ("input-0001.jsonl").</summary>
        public string Name { get; }

        /// <summary>Where it was written; null for a plan made without writing (-WhatIf).</summary>
        public string? LocalPath { get; }

        /// <summary>Records (JSONL lines) in the file.</summary>
        public long Records { get; }

        /// <summary>Size of the file in bytes.</summary>
        public long Bytes { get; }
    }
}
