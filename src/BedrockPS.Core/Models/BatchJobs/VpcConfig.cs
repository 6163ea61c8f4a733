using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>The VPC a job reaches S3 through.</summary>
    public sealed class VpcConfig
    {
        public List<string>? SubnetIds { get; set; }

        public List<string>? SecurityGroupIds { get; set; }
    }
}
