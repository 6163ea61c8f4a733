namespace BedrockPS.Core.Transport
{
    /// <summary>
    /// The retry token bucket of the AWS standard retry mode: retries spend tokens, successes give them back, so a
    /// failing service is not hammered by every caller at once. Shared by all calls of one client.
    /// </summary>
    internal sealed class RetryQuota
    {
        public const int InitialCapacity = 500;
        public const int RetryCost = 5;
        public const int TimeoutRetryCost = 10;
        public const int NoRetryIncrement = 1;

        private readonly object gate = new object();
        private int available = InitialCapacity;

        public int Available
        {
            get { lock (gate) { return available; } }
        }

        /// <summary>Takes the cost of one retry; false when the bucket is empty (no retry then).</summary>
        public bool TryAcquire(int cost)
        {
            lock (gate)
            {
                if (available < cost)
                {
                    return false;
                }
                available -= cost;
                return true;
            }
        }

        /// <summary>After a success: returns what the last retry cost, or a small increment for a first-try success.</summary>
        public void Release(int lastRetryCost)
        {
            lock (gate)
            {
                available += lastRetryCost > 0 ? lastRetryCost : NoRetryIncrement;
                if (available > InitialCapacity)
                {
                    available = InitialCapacity;
                }
            }
        }
    }
}
