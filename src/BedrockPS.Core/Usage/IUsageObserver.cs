namespace BedrockPS.Core.Usage
{
    /// <summary>
    /// Told about every successful model call a client makes, whoever made it, so usage is tallied in one place.
    /// Called on the thread the call completes on, possibly several at once; must not throw and must not block.
    /// </summary>
    public interface IUsageObserver
    {
        void OnCallCompleted(CallUsage usage);
    }
}
