using System;

namespace BedrockPS.Emulator
{
    /// <summary>How the emulator runs batch inference jobs: their pace, the service quotas it enforces, and where S3 data lives.</summary>
    public sealed class BatchSettings
    {
        /// <summary>Time spent in each of Submitted, Validating and Scheduled before the job moves on.</summary>
        public TimeSpan StepDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        /// <summary>Time spent on each record while InProgress (zero runs records as fast as possible).</summary>
        public TimeSpan RecordDelay { get; set; } = TimeSpan.Zero;

        /// <summary>How long one hour of the job's timeoutDurationInHours lasts here; a job still running after it is Expired.</summary>
        public TimeSpan HourLength { get; set; } = TimeSpan.FromHours(1);

        /// <summary>The service's published per-job minimum; a job with fewer records fails validation.</summary>
        public int MinimumRecordsPerJob { get; set; } = 100;

        /// <summary>The service's published per-file maximum.</summary>
        public int MaximumRecordsPerFile { get; set; } = 50_000;

        /// <summary>The service's published per-job maximum.</summary>
        public int MaximumRecordsPerJob { get; set; } = 50_000;

        /// <summary>Jobs that may be submitted or running at once; one more is refused with ServiceQuotaExceededException.</summary>
        public int MaximumActiveJobs { get; set; } = 20;

        /// <summary>The embedded S3 endpoint's port on 127.0.0.1; 0 picks a free one.</summary>
        public int S3Port { get; set; }

        /// <summary>Where the embedded S3 endpoint keeps objects; null uses a temporary folder removed on stop.</summary>
        public string? S3DataDirectory { get; set; }

        /// <summary>PutObject and CreateMultipartUpload create a missing bucket (real S3 answers NoSuchBucket).</summary>
        public bool CreateBucketsOnWrite { get; set; } = true;

        /// <summary>
        /// Read job input and write job output through this S3-compatible endpoint (path-style, SigV4 service "s3")
        /// instead of the embedded one; its keys are <see cref="ExternalS3AccessKeyId"/> and <see cref="ExternalS3SecretAccessKey"/>.
        /// </summary>
        public Uri? ExternalS3Endpoint { get; set; }

        /// <summary>The access key id for <see cref="ExternalS3Endpoint"/>.</summary>
        public string? ExternalS3AccessKeyId { get; set; }

        /// <summary>The secret access key for <see cref="ExternalS3Endpoint"/>.</summary>
        public string? ExternalS3SecretAccessKey { get; set; }

        /// <summary>The signing region of the external endpoint; the emulator's region when null.</summary>
        public string? ExternalS3Region { get; set; }

        internal BatchSettings Clone() => (BatchSettings)MemberwiseClone();
    }
}
