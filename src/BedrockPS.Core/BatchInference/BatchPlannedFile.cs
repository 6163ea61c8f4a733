namespace BedrockPS.Core.BatchInference
{
    /// <summary>One input JSONL file of a planned job.</summary>
    public sealed class BatchPlannedFile
    {
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

        public long Records { get; }

        public long Bytes { get; }
    }
}
