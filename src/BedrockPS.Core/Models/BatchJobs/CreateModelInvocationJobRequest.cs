using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The body of CreateModelInvocationJob.</summary>
    public sealed class CreateModelInvocationJobRequest
    {
        public string? JobName { get; set; }

        public string? RoleArn { get; set; }

        /// <summary>
        /// Makes a retried create return the first job instead of starting a second one. Filled with a new value
        /// when left empty, once per request object, so every retry of one call sends the same token.
        /// </summary>
        public string? ClientRequestToken { get; set; }

        public string? ModelId { get; set; }

        public ModelInvocationJobInputDataConfig? InputDataConfig { get; set; }

        public ModelInvocationJobOutputDataConfig? OutputDataConfig { get; set; }

        public VpcConfig? VpcConfig { get; set; }

        /// <summary>24 to 168 hours; the service's default when null.</summary>
        public int? TimeoutDurationInHours { get; set; }

        public List<ResourceTag>? Tags { get; set; }

        /// <summary>InvokeModel (native bodies, the default) or Converse.</summary>
        public string? ModelInvocationType { get; set; }
    }
}
