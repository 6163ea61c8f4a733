using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The VPC a job reaches S3 through.</summary>
    public sealed class VpcConfig
    {
        /// <summary>Subnet ids (1 to 16) the job's network interfaces are placed in.</summary>
        public List<string>? SubnetIds { get; set; }

        /// <summary>Security group ids (1 to 5) applied to those interfaces.</summary>
        public List<string>? SecurityGroupIds { get; set; }
    }
}
