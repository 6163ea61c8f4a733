using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace BedrockPS.Completion
{
    /// <summary>
    /// Suggests the regions where Bedrock runs for -Region. Only a suggestion: new regions open, so any region
    /// name may be typed.
    /// </summary>
    internal sealed class RegionCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<string, string>[] Regions =
        {
            Region("us-east-1", "US East (N. Virginia)"),
            Region("us-east-2", "US East (Ohio)"),
            Region("us-west-1", "US West (N. California)"),
            Region("us-west-2", "US West (Oregon)"),
            Region("us-gov-east-1", "AWS GovCloud (US-East)"),
            Region("us-gov-west-1", "AWS GovCloud (US-West)"),
            Region("ca-central-1", "Canada (Central)"),
            Region("sa-east-1", "South America (Sao Paulo)"),
            Region("eu-central-1", "Europe (Frankfurt)"),
            Region("eu-central-2", "Europe (Zurich)"),
            Region("eu-west-1", "Europe (Ireland)"),
            Region("eu-west-2", "Europe (London)"),
            Region("eu-west-3", "Europe (Paris)"),
            Region("eu-north-1", "Europe (Stockholm)"),
            Region("eu-south-1", "Europe (Milan)"),
            Region("eu-south-2", "Europe (Spain)"),
            Region("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Region("ap-northeast-2", "Asia Pacific (Seoul)"),
            Region("ap-northeast-3", "Asia Pacific (Osaka)"),
            Region("ap-south-1", "Asia Pacific (Mumbai)"),
            Region("ap-south-2", "Asia Pacific (Hyderabad)"),
            Region("ap-southeast-1", "Asia Pacific (Singapore)"),
            Region("ap-southeast-2", "Asia Pacific (Sydney)"),
            Region("ap-southeast-3", "Asia Pacific (Jakarta)"),
            Region("ap-southeast-4", "Asia Pacific (Melbourne)"),
            Region("me-central-1", "Middle East (UAE)"),
            Region("me-south-1", "Middle East (Bahrain)"),
            Region("il-central-1", "Israel (Tel Aviv)"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return CompletionMatcher.Match(wordToComplete, Regions);
        }

        private static KeyValuePair<string, string> Region(string name, string location) =>
            new KeyValuePair<string, string>(name, name + ": " + location);
    }
}
