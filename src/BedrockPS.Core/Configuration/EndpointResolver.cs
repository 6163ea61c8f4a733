using System;

namespace BedrockPS.Core.Configuration
{
    /// <summary>Builds the standard Bedrock endpoints from the region, following the service's endpoint rule set.</summary>
    internal static class EndpointResolver
    {
        public static Uri Build(string endpointPrefix, string region, bool useFips, bool useDualStack)
        {
            var host = endpointPrefix + (useFips ? "-fips" : "") + "." + region + "." + DnsSuffix(region, useDualStack);
            return new Uri("https://" + host);
        }

        private static string DnsSuffix(string region, bool useDualStack)
        {
            if (region.StartsWith("cn-", StringComparison.Ordinal))
            {
                return useDualStack ? "api.amazonwebservices.com.cn" : "amazonaws.com.cn";
            }
            if (region.StartsWith("us-isob-", StringComparison.Ordinal))
            {
                return "sc2s.sgov.gov";
            }
            if (region.StartsWith("us-iso-", StringComparison.Ordinal))
            {
                return "c2s.ic.gov";
            }
            return useDualStack ? "api.aws" : "amazonaws.com";
        }
    }
}
