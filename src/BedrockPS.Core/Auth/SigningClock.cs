using System;
using System.Threading;

namespace BedrockPS.Core.Auth
{
    /// <summary>
    /// The time used in signatures: the local clock plus a correction learned from the service when a request was
    /// refused for clock skew (CI runners with a drifting clock otherwise fail every call). Thread-safe.
    /// </summary>
    internal sealed class SigningClock
    {
        private static readonly TimeSpan SignificantSkew = TimeSpan.FromMinutes(4);
        private readonly Func<DateTime> localUtcNow;
        private long offsetTicks;

        public SigningClock(Func<DateTime> localUtcNow)
        {
            this.localUtcNow = localUtcNow;
        }

        public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

        public DateTime UtcNow() => localUtcNow() + Offset;

        /// <summary>Adopts the server's time when it is far from ours; true if the correction changed.</summary>
        public bool CorrectTo(DateTimeOffset serverTime)
        {
            var skew = serverTime.UtcDateTime - localUtcNow();
            if ((skew - Offset).Duration() < SignificantSkew)
            {
                return false;
            }
            Interlocked.Exchange(ref offsetTicks, skew.Ticks);
            return true;
        }
    }
}
