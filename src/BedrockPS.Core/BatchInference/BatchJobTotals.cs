namespace BedrockPS.Core.BatchInference
{
    /// <summary>The figures of a job's manifest.json.out.</summary>
    public sealed class BatchJobTotals
    {
        public long TotalRecordCount { get; set; }

        public long ProcessedRecordCount { get; set; }

        public long SuccessRecordCount { get; set; }

        public long ErrorRecordCount { get; set; }

        public long InputTokenCount { get; set; }

        public long OutputTokenCount { get; set; }
    }
}
