using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Tests that must change Set-BedrockConfiguration (process-wide, as users do) run alone, after the parallel
    /// tests, so no other test sees their settings.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessWideConfiguration
    {
        public const string Name = "Process-wide Set-BedrockConfiguration";
    }
}
