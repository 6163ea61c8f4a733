using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>A batch inference job as GetModelInvocationJob and ListModelInvocationJobs describe it.</summary>
    public sealed class ModelInvocationJob
    {
        /// <summary>ARN of the job; see <see cref="JobId"/> for its short id.</summary>
        public string? JobArn { get; set; }

        /// <summary>Name given at creation.</summary>
        public string? JobName { get; set; }

        /// <summary>Model id or inference profile the records are sent to.</summary>
        public string? ModelId { get; set; }

        /// <summary>Idempotency token the job was created with.</summary>
        public string? ClientRequestToken { get; set; }

        /// <summary>ARN of the service role the job runs as.</summary>
        public string? RoleArn { get; set; }

        /// <summary>Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped, Expired.</summary>
        public string? Status { get; set; }

        /// <summary>The service's explanation when a job failed or stopped.</summary>
        public string? Message { get; set; }

        /// <summary>When the job was created.</summary>
        public DateTimeOffset? SubmitTime { get; set; }

        /// <summary>When the job's state last changed.</summary>
        public DateTimeOffset? LastModifiedTime { get; set; }

        /// <summary>When the job finished; null while it runs.</summary>
        public DateTimeOffset? EndTime { get; set; }

        /// <summary>Where the job reads its records.</summary>
        public ModelInvocationJobInputDataConfig? InputDataConfig { get; set; }

        /// <summary>Where the job writes its results.</summary>
        public ModelInvocationJobOutputDataConfig? OutputDataConfig { get; set; }

        /// <summary>VPC the job reaches S3 through; null when none.</summary>
        public VpcConfig? VpcConfig { get; set; }

        /// <summary>Hours after submission at which the job times out.</summary>
        public int? TimeoutDurationInHours { get; set; }

        /// <summary>When the job times out (or did).</summary>
        public DateTimeOffset? JobExpirationTime { get; set; }

        /// <summary>InvokeModel or Converse.</summary>
        public string? ModelInvocationType { get; set; }

        /// <summary>Records in the input; null until the service has counted them.</summary>
        public long? TotalRecordCount { get; set; }

        /// <summary>Records processed so far, successful or not.</summary>
        public long? ProcessedRecordCount { get; set; }

        /// <summary>Records that produced a model answer.</summary>
        public long? SuccessRecordCount { get; set; }

        /// <summary>Records that failed; their errors are in the output file.</summary>
        public long? ErrorRecordCount { get; set; }

        /// <summary>The 12-character id at the end of the job ARN (the name of the job's output folder).</summary>
        [JsonIgnore]
        public string? JobId => ModelInvocationJobIdentifiers.IdOf(JobArn);

        /// <summary>True for the states a job never leaves.</summary>
        [JsonIgnore]
        public bool IsFinished => ModelInvocationJobStates.IsFinal(Status);
    }
}
