using System;
using System.Diagnostics;

namespace BedrockPS.Emulator.Faults
{
    /// <summary>A token bucket: refills at a rate per second, holds at most one second's worth.</summary>
    internal sealed class TokenBucket
    {
        private readonly object _gate = new object();
        private readonly double _ratePerSecond;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private double _tokens;
        private double _lastRefillSeconds;

        public TokenBucket(double ratePerSecond)
        {
            _ratePerSecond = ratePerSecond;
            _tokens = Math.Max(1, ratePerSecond);
        }

        public double RatePerSecond => _ratePerSecond;

        public bool TryTake()
        {
            lock (_gate)
            {
                double now = _clock.Elapsed.TotalSeconds;
                _tokens = Math.Min(Math.Max(1, _ratePerSecond), _tokens + (now - _lastRefillSeconds) * _ratePerSecond);
                _lastRefillSeconds = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return true;
                }
                return false;
            }
        }
    }
}
