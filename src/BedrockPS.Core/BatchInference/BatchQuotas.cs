namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// The batch inference quotas input is split by. Defaults are the service's published defaults; accounts with
    /// raised quotas override them.
    /// </summary>
    public sealed class BatchQuotas
    {
        /// <summary>Fewest records a job may have (service default 100).</summary>
        public int MinimumRecordsPerJob { get; set; } = 100;

        /// <summary>Most records in one input file (service default 50,000).</summary>
        public int MaximumRecordsPerFile { get; set; } = 50_000;

        /// <summary>Most records in one job (service default 50,000).</summary>
        public int MaximumRecordsPerJob { get; set; } = 50_000;

        /// <summary>Largest input file, in bytes (service default 1 GiB).</summary>
        public long MaximumBytesPerFile { get; set; } = 1L << 30;

        /// <summary>Largest total input of one job, in bytes (service default 5 GiB).</summary>
        public long MaximumBytesPerJob { get; set; } = 5L << 30;
    }
}
