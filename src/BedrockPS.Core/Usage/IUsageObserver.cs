namespace BedrockPS.Core.Usage
{
    /// <summary>
    /// Told about every successful model call a client makes, whoever made it, so usage is tallied in one place.
    /// Called on the thread the call completes on, possibly several at once; must not throw and must not block.
    /// </summary>
    public interface IUsageObserver
    {
        /// <summary>Records one successful call. An exception thrown here is logged and swallowed by the client, never turned into a failed call.</summary>
        /// <param name="usage">The call's usage; immutable.</param>
        void OnCallCompleted(CallUsage usage);
    }
}
