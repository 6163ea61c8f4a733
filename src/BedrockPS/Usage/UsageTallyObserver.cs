using BedrockPS.Core.Usage;

namespace BedrockPS.Usage
{
    /// <summary>Tallies every successful model call of every client the module makes, for Get-BedrockUsage.</summary>
    internal sealed class UsageTallyObserver : IUsageObserver
    {
        public static readonly UsageTallyObserver Instance = new UsageTallyObserver();

        private UsageTallyObserver()
        {
        }

        public void OnCallCompleted(CallUsage usage)
        {
            if (string.IsNullOrEmpty(usage.ModelId)) return;
            UsageTally.Record(usage.ModelId, usage.ServiceTier, usage.InputTokens, usage.OutputTokens, usage.CacheReadInputTokens, usage.CacheWriteInputTokens, calls: 1);
        }
    }
}
