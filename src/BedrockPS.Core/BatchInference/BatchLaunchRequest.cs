using System.Collections.Generic;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>What every job of a run shares.</summary>
    public sealed class BatchLaunchRequest
    {
        public BatchLaunchRequest(string jobName, string modelId, string roleArn, S3ObjectUri root)
        {
            JobName = jobName;
            ModelId = modelId;
            RoleArn = roleArn;
            Root = root;
        }

        /// <summary>The job's name; with several jobs, "-0001", "-0002"... is appended.</summary>
        public string JobName { get; }

        public string ModelId { get; }

        public string RoleArn { get; }

        /// <summary>The S3 folder the run goes under (as "&lt;root&gt;/&lt;job name&gt;/").</summary>
        public S3ObjectUri Root { get; }

        public int? TimeoutHours { get; set; }

        public List<ResourceTag>? Tags { get; set; }

        /// <summary>Base of the jobs' client request tokens (each job appends its number); a new one per run when null.</summary>
        public string? ClientRequestToken { get; set; }
    }
}
