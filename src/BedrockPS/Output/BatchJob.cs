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

        /// <summary>The job id (the 12 characters at the end of the ARN); the other batch cmdlets take it by property name.</summary>
        public string JobId { get; }
        /// <summary>The job's full ARN.</summary>
        public string JobArn { get; }
        /// <summary>The name given at start (with -0001, -0002... when the input was split into several jobs).</summary>
        public string? JobName { get; }
        /// <summary>Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped or Expired.</summary>
        public string? Status { get; }
        /// <summary>The service's explanation of a failed, stopped or expired job.</summary>
        public string? Message { get; }
        /// <summary>The model or inference profile every record of the job uses.</summary>
        public string? ModelId { get; }
        /// <summary>The IAM role Bedrock assumes to read the input and write the output.</summary>
        public string? RoleArn { get; }
        /// <summary>Where the job reads its JSONL input.</summary>
        public string? InputS3Uri { get; }
        /// <summary>Where the job writes its output; Receive-BedrockBatchJob reads it from there.</summary>
        public string? OutputS3Uri { get; }
        /// <summary>The request format of the records: Converse or InvokeModel.</summary>
        public string? ModelInvocationType { get; }
        /// <summary>When the job was submitted.</summary>
        public DateTimeOffset? SubmitTime { get; }
        /// <summary>When the job's state last changed.</summary>
        public DateTimeOffset? LastModifiedTime { get; }
        /// <summary>When the job finished, or null while it runs.</summary>
        public DateTimeOffset? EndTime { get; }
        /// <summary>When an unfinished job expires.</summary>
        public DateTimeOffset? JobExpirationTime { get; }
        /// <summary>Hours after which an unfinished job expires (24 to 168).</summary>
        public int? TimeoutHours { get; }
        /// <summary>Records in the job's input, once the service has counted them.</summary>
        public long? TotalRecordCount { get; }
        /// <summary>Records processed so far, answered or failed.</summary>
        public long? ProcessedRecordCount { get; }
        /// <summary>Records answered so far.</summary>
        public long? SuccessRecordCount { get; }
        /// <summary>Records that failed so far.</summary>
        public long? ErrorRecordCount { get; }

        /// <summary>True once the job is Completed, PartiallyCompleted, Failed, Stopped or Expired.</summary>
        public bool IsFinished => Status == "Completed" || Status == "PartiallyCompleted" || Status == "Failed" || Status == "Stopped" || Status == "Expired";

        /// <summary>The job id, so a job in a string context is its id.</summary>
        public override string ToString() => JobId;
    }
}
