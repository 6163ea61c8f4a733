using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The body of CreateModelInvocationJob.</summary>
    public sealed class CreateModelInvocationJobRequest
    {
        /// <summary>Name of the job, 1 to 63 characters, starting with a letter or digit.</summary>
        public string? JobName { get; set; }

        /// <summary>ARN of the IAM service role the job runs as; it needs read access to the input and write access to the output.</summary>
        public string? RoleArn { get; set; }

        /// <summary>
        /// Makes a retried create return the first job instead of starting a second one. Filled with a new value
        /// when left empty, once per request object, so every retry of one call sends the same token.
        /// </summary>
        public string? ClientRequestToken { get; set; }

        /// <summary>Model id or inference profile the records are sent to.</summary>
        public string? ModelId { get; set; }

        /// <summary>The S3 file or prefix holding the JSONL records.</summary>
        public ModelInvocationJobInputDataConfig? InputDataConfig { get; set; }

        /// <summary>The S3 prefix the results are written under.</summary>
        public ModelInvocationJobOutputDataConfig? OutputDataConfig { get; set; }

        /// <summary>VPC the job reaches S3 through; null uses the public endpoints.</summary>
        public VpcConfig? VpcConfig { get; set; }

        /// <summary>24 to 168 hours; the service's default when null.</summary>
        public int? TimeoutDurationInHours { get; set; }

        /// <summary>Tags for the job; null sends none.</summary>
        public List<ResourceTag>? Tags { get; set; }

        /// <summary>InvokeModel (native bodies, the default) or Converse.</summary>
        public string? ModelInvocationType { get; set; }
    }
}
