using System;

namespace BedrockPS
{
    /// <summary>
    /// A batch inference job (Start-, Get-, Wait-, Stop-BedrockBatchJob): a snapshot of its state and record counts.
    /// JobId pipes into the other batch cmdlets.
    /// </summary>
    public sealed class BatchJob
    {
        internal BatchJob(string jobId, string jobArn, string? jobName, string? status, string? message, string? modelId, string? roleArn,
            string? inputS3Uri, string? outputS3Uri, string? modelInvocationType, DateTimeOffset? submitTime, DateTimeOffset? lastModifiedTime,
            DateTimeOffset? endTime, DateTimeOffset? jobExpirationTime, int? timeoutHours, long? totalRecordCount, long? processedRecordCount,
            long? successRecordCount, long? errorRecordCount)
        {
            JobId = jobId;
            JobArn = jobArn;
            JobName = jobName;
            Status = status;
            Message = message;
            ModelId = modelId;
            RoleArn = roleArn;
            InputS3Uri = inputS3Uri;
            OutputS3Uri = outputS3Uri;
            ModelInvocationType = modelInvocationType;
            SubmitTime = submitTime;
            LastModifiedTime = lastModifiedTime;
            EndTime = endTime;
            JobExpirationTime = jobExpirationTime;
            TimeoutHours = timeoutHours;
            TotalRecordCount = totalRecordCount;
            ProcessedRecordCount = processedRecordCount;
            SuccessRecordCount = successRecordCount;
            ErrorRecordCount = errorRecordCount;
        }

        public string JobId { get; }
        public string JobArn { get; }
        public string? JobName { get; }
        /// <summary>Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped or Expired.</summary>
        public string? Status { get; }
        /// <summary>The service's explanation of a failed, stopped or expired job.</summary>
        public string? Message { get; }
        public string? ModelId { get; }
        public string? RoleArn { get; }
        public string? InputS3Uri { get; }
        public string? OutputS3Uri { get; }
        public string? ModelInvocationType { get; }
        public DateTimeOffset? SubmitTime { get; }
        public DateTimeOffset? LastModifiedTime { get; }
        public DateTimeOffset? EndTime { get; }
        public DateTimeOffset? JobExpirationTime { get; }
        public int? TimeoutHours { get; }
        public long? TotalRecordCount { get; }
        public long? ProcessedRecordCount { get; }
        public long? SuccessRecordCount { get; }
        public long? ErrorRecordCount { get; }

        /// <summary>True once the job is Completed, PartiallyCompleted, Failed, Stopped or Expired.</summary>
        public bool IsFinished => Status == "Completed" || Status == "PartiallyCompleted" || Status == "Failed" || Status == "Stopped" || Status == "Expired";

        public override string ToString() => JobId;
    }
}
