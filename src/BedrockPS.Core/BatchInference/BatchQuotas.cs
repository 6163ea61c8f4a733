namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// The batch inference quotas input is split by. Defaults are the service's published defaults; accounts with
    /// raised quotas override them.
    /// </summary>
    public sealed class BatchQuotas
    {
        public int MinimumRecordsPerJob { get; set; } = 100;

        public int MaximumRecordsPerFile { get; set; } = 50_000;

        public int MaximumRecordsPerJob { get; set; } = 50_000;

        public long MaximumBytesPerFile { get; set; } = 1L << 30;

        public long MaximumBytesPerJob { get; set; } = 5L << 30;
    }
}
