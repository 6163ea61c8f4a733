using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Transport
{
    /// <summary>
    /// The client-side rate limiter of the "adaptive" retry mode: it stays out of the way until the first throttling
    /// error, then holds every call of the client to a send rate that tracks what the service accepts, so a batch
    /// with many rows in flight slows down together instead of spending each row's attempts on throttles.
    /// </summary>
    /// <remarks>
    /// On a throttle the rate drops to a fraction of the rate of recent successes (what the quota let through), at
    /// most once per window: the throttles of one overshoot arrive together and must count once. Each success then
    /// raises the rate so that it climbs by a fixed amount per second, whatever the rate, until the next throttle.
    /// AWS SDKs climb along a CUBIC curve; what matters for the caller is that rows back off together and that the
    /// average stays close to the quota.
    /// </remarks>
    internal sealed class AdaptiveRateLimiter
    {
        internal const double MinimumRate = 0.5;
        internal const double FirstRateFloor = 2;
        internal const double Decrease = 0.85;
        internal const double IncreasePerSecond = 2;
        internal const double WindowSeconds = 1;

        private readonly object gate = new object();
        private readonly Func<double> now;
        private readonly Queue<double> recentSuccesses = new Queue<double>();
        private bool enabled;
        private double rate;
        private double tokens;
        private double lastRefill;
        private double lastDecrease = double.NegativeInfinity;

        public AdaptiveRateLimiter()
            : this(StopwatchSeconds())
        {
        }

        /// <param name="now">Seconds on a monotonic clock (tests drive it by hand).</param>
        internal AdaptiveRateLimiter(Func<double> now)
        {
            this.now = now;
        }

        /// <summary>Requests per second allowed now; infinity until the first throttle.</summary>
        public double CurrentRate
        {
            get { lock (gate) { return enabled ? rate : double.PositiveInfinity; } }
        }

        public async Task AcquireAsync(Func<TimeSpan, CancellationToken, Task> delay, CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (gate)
                {
                    if (!enabled)
                    {
                        return;
                    }
                    Refill(now());
                    if (tokens >= 1)
                    {
                        tokens -= 1;
                        return;
                    }
                    wait = TimeSpan.FromSeconds((1 - tokens) / rate);
                }
                await delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        public void OnThrottle()
        {
            lock (gate)
            {
                double time = now();
                if (enabled && time - lastDecrease < WindowSeconds)
                {
                    return;
                }
                Refill(time);
                double accepted = SuccessRate(time);
                rate = enabled
                    ? Math.Max(MinimumRate, Math.Min(rate, accepted) * Decrease)
                    : Math.Max(FirstRateFloor, accepted * Decrease);
                enabled = true;
                lastDecrease = time;
                tokens = Math.Min(tokens, 1);
            }
        }

        public void OnSuccess()
        {
            lock (gate)
            {
                double time = now();
                recentSuccesses.Enqueue(time);
                Forget(time);
                if (enabled)
                {
                    // About `rate` successes arrive per second, so each adds its share of the climb per second.
                    rate += IncreasePerSecond / Math.Max(rate, 1);
                }
            }
        }

        private double SuccessRate(double time)
        {
            Forget(time);
            return recentSuccesses.Count / WindowSeconds;
        }

        private void Forget(double time)
        {
            while (recentSuccesses.Count > 0 && time - recentSuccesses.Peek() > WindowSeconds)
            {
                recentSuccesses.Dequeue();
            }
        }

        // A tenth of a second of burst: enough to keep rows flowing, small enough not to overshoot the quota.
        private void Refill(double time)
        {
            double capacity = Math.Max(1, rate / 10);
            tokens = Math.Min(capacity, tokens + (time - lastRefill) * rate);
            lastRefill = time;
        }

        private static Func<double> StopwatchSeconds()
        {
            var clock = Stopwatch.StartNew();
            return () => clock.Elapsed.TotalSeconds;
        }
    }
}
