namespace BedrockPS.Core.Configuration
{
    /// <summary>The AWS retry modes.</summary>
    internal enum RetryModeKind
    {
        Standard,
        Adaptive,
        Legacy,
    }
}
