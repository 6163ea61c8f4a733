namespace BedrockPS.Core.BatchInference
{
    /// <summary>The figures of a job's manifest.json.out.</summary>
    public sealed class BatchJobTotals
    {
        /// <summary>Records in the job's input.</summary>
        public long TotalRecordCount { get; set; }

        /// <summary>Records the service processed.</summary>
        public long ProcessedRecordCount { get; set; }

        /// <summary>Records that got an answer.</summary>
        public long SuccessRecordCount { get; set; }

        /// <summary>Records that got an error.</summary>
        public long ErrorRecordCount { get; set; }

        /// <summary>Input tokens over all records.</summary>
        public long InputTokenCount { get; set; }

        /// <summary>Output tokens over all records.</summary>
        public long OutputTokenCount { get; set; }
    }
}
