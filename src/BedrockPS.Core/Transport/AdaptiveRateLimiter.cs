using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Transport
{
    /// <summary>
    /// The client-side rate limiter of the "adaptive" retry mode, simplified: it stays out of the way until the
    /// first throttling error, then sends at a rate that drops by 30% on each throttle and climbs back by half a
    /// request per second on each success (AWS SDKs use a CUBIC curve for the climb; the shape matters less than
    /// backing off together).
    /// </summary>
    internal sealed class AdaptiveRateLimiter
    {
        private const double MinimumRate = 0.5;
        private const double InitialRateAfterThrottle = 10;
        private const double Decrease = 0.7;
        private const double Increase = 0.5;

        private readonly object gate = new object();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private bool enabled;
        private double rate = InitialRateAfterThrottle;
        private double tokens;
        private double lastRefill;

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
                    Refill();
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
                Refill();
                rate = enabled ? Math.Max(MinimumRate, rate * Decrease) : InitialRateAfterThrottle;
                enabled = true;
                tokens = Math.Min(tokens, Math.Max(1, rate));
            }
        }

        public void OnSuccess()
        {
            lock (gate)
            {
                if (enabled)
                {
                    rate += Increase;
                }
            }
        }

        private void Refill()
        {
            var now = clock.Elapsed.TotalSeconds;
            tokens = Math.Min(Math.Max(1, rate), tokens + (now - lastRefill) * rate);
            lastRefill = now;
        }
    }
}
