using System;
using BedrockPS.Emulator.Http;

namespace BedrockPS.Emulator.Faults
{
    /// <summary>
    /// Decides the fault of each request. Precedence: the x-bedrockps-emulator-fault header, then the emulator-wide
    /// settings (rate or probability). Scenario rule faults are applied later, once the rule is known.
    /// </summary>
    internal sealed class FaultPlanner
    {
        public const string FaultHeader = "x-bedrockps-emulator-fault";
        private readonly object _gate = new object();
        private FaultSettings _settings;
        private Random _random;
        private TokenBucket? _bucket;
        private long _counted;

        public FaultPlanner(FaultSettings settings)
        {
            _settings = settings.Clone();
            _random = new Random(settings.Seed);
            _bucket = settings.ThrottleAboveRequestsPerSecond > 0 ? new TokenBucket(settings.ThrottleAboveRequestsPerSecond) : null;
        }

        public FaultSettings Current
        {
            get
            {
                lock (_gate)
                {
                    return _settings.Clone();
                }
            }
        }

        /// <summary>Replaces the settings while running; counters and the random sequence restart.</summary>
        public void Replace(FaultSettings settings)
        {
            lock (_gate)
            {
                _settings = settings.Clone();
                _random = new Random(settings.Seed);
                _bucket = settings.ThrottleAboveRequestsPerSecond > 0 ? new TokenBucket(settings.ThrottleAboveRequestsPerSecond) : null;
                _counted = 0;
            }
        }

        /// <summary>The fault for this request. Throws FormatException for an unreadable fault header.</summary>
        public FaultSpec Plan(HttpRequest request)
        {
            string? header = request.Header(FaultHeader);
            FaultSettings settings;
            TokenBucket? bucket;
            bool hit;
            lock (_gate)
            {
                settings = _settings;
                bucket = _bucket;
                _counted++;
                if (settings.Kind == FaultKind.None)
                {
                    hit = false;
                }
                else if (settings.EveryNthRequest > 0)
                {
                    hit = _counted % settings.EveryNthRequest == 0;
                }
                else if (settings.Probability > 0)
                {
                    hit = _random.NextDouble() < settings.Probability;
                }
                else
                {
                    hit = true;
                }
            }
            if (header != null)
            {
                var fromHeader = FaultSpec.Parse(header);
                return new FaultSpec(fromHeader.Kind, fromHeader.AfterEvents, fromHeader.Latency + settings.AddedLatency);
            }
            if (bucket != null && !bucket.TryTake())
            {
                return new FaultSpec(FaultKind.Throttling, 0, settings.AddedLatency);
            }
            return new FaultSpec(hit ? settings.Kind : FaultKind.None, settings.AfterEvents, settings.AddedLatency);
        }
    }
}
