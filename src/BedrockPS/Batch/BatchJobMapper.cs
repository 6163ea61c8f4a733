using BedrockPS.Core.Models;

namespace BedrockPS.Batch
{
    /// <summary>Turns Core's job model into the output snapshot.</summary>
    internal static class BatchJobMapper
    {
        public static BatchJob ToOutput(ModelInvocationJob job) => new BatchJob(
            job.JobId ?? string.Empty, job.JobArn ?? string.Empty, job.JobName, job.Status, job.Message, job.ModelId, job.RoleArn,
            job.InputDataConfig?.S3InputDataConfig?.S3Uri, job.OutputDataConfig?.S3OutputDataConfig?.S3Uri, job.ModelInvocationType,
            job.SubmitTime, job.LastModifiedTime, job.EndTime, job.JobExpirationTime, job.TimeoutDurationInHours,
            job.TotalRecordCount, job.ProcessedRecordCount, job.SuccessRecordCount, job.ErrorRecordCount);
    }
}
