using System.Collections.Generic;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>What every job of a run shares.</summary>
    public sealed class BatchLaunchRequest
    {
        /// <summary>Creates the shared settings of a run.</summary>
        /// <param name="jobName">Name of the job (1 to 63 characters with any suffix); also the run's folder name.</param>
        /// <param name="modelId">Model id or inference profile the records are sent to.</param>
        /// <param name="roleArn">ARN of the service role the jobs run as.</param>
        /// <param name="root">The S3 folder the run is written under.</param>
        public BatchLaunchRequest(string jobName, string modelId, string roleArn, S3ObjectUri root)
        {
            JobName = jobName;
            ModelId = modelId;
            RoleArn = roleArn;
            Root = root;
        }

        /// <summary>The job's name; with several jobs, "-0001", "-0002"... is appended.</summary>
        public string JobName { get; }

        /// <summary>Model id or inference profile the records are sent to.</summary>
        public string ModelId { get; }

        /// <summary>ARN of the IAM service role the jobs run as; it must be able to read the input and write the output.</summary>
        public string RoleArn { get; }

        /// <summary>The S3 folder the run goes under (as "&lt;root&gt;/&lt;job name&gt;/").</summary>
        public S3ObjectUri Root { get; }

        /// <summary>Hours (24 to 168) after which a job times out; null uses the service's default.</summary>
        public int? TimeoutHours { get; set; }

        /// <summary>Tags given to every job; null gives none.</summary>
        public List<ResourceTag>? Tags { get; set; }

        /// <summary>Base of the jobs' client request tokens (each job appends its number); a new one per run when null.</summary>
        public string? ClientRequestToken { get; set; }
    }
}
