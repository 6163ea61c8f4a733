using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BedrockPS.Core.Models
{
    /// <summary>A batch inference job as GetModelInvocationJob and ListModelInvocationJobs describe it.</summary>
    public sealed class ModelInvocationJob
    {
        public string? JobArn { get; set; }

        public string? JobName { get; set; }

        public string? ModelId { get; set; }

        public string? ClientRequestToken { get; set; }

        public string? RoleArn { get; set; }

        /// <summary>Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed, Stopping, Stopped, Expired.</summary>
        public string? Status { get; set; }

        /// <summary>The service's explanation when a job failed or stopped.</summary>
        public string? Message { get; set; }

        public DateTimeOffset? SubmitTime { get; set; }

        public DateTimeOffset? LastModifiedTime { get; set; }

        public DateTimeOffset? EndTime { get; set; }

        public ModelInvocationJobInputDataConfig? InputDataConfig { get; set; }

        public ModelInvocationJobOutputDataConfig? OutputDataConfig { get; set; }

        public VpcConfig? VpcConfig { get; set; }

        public int? TimeoutDurationInHours { get; set; }

        public DateTimeOffset? JobExpirationTime { get; set; }

        /// <summary>InvokeModel or Converse.</summary>
        public string? ModelInvocationType { get; set; }

        public long? TotalRecordCount { get; set; }

        public long? ProcessedRecordCount { get; set; }

        public long? SuccessRecordCount { get; set; }

        public long? ErrorRecordCount { get; set; }

        /// <summary>The 12-character id at the end of the job ARN (the name of the job's output folder).</summary>
        [JsonIgnore]
        public string? JobId => ModelInvocationJobIdentifiers.IdOf(JobArn);

        /// <summary>True for the states a job never leaves.</summary>
        [JsonIgnore]
        public bool IsFinished => ModelInvocationJobStates.IsFinal(Status);
    }
}
