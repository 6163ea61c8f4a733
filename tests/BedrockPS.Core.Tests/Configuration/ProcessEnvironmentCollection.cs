namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>Tests that change process-wide environment variables run one at a time.</summary>
    [CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
    }
}
