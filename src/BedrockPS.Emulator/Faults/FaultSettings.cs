using System;

namespace BedrockPS.Emulator
{
    /// <summary>
    /// Emulator-wide fault switches. <see cref="Kind"/> hits every request, or every Nth request when
    /// <see cref="EveryNthRequest"/> is set, or a seeded random share when <see cref="Probability"/> is set.
    /// <see cref="ThrottleAboveRequestsPerSecond"/> adds a token bucket that throttles excess traffic.
    /// </summary>
    public sealed class FaultSettings
    {
        /// <summary>The fault injected into the requests these settings hit.</summary>
        public FaultKind Kind { get; set; } = FaultKind.None;

        /// <summary>0: every request; N: requests N, 2N, 3N... (counted per emulator).</summary>
        public int EveryNthRequest { get; set; }

        /// <summary>0: not used; otherwise the share of requests hit, drawn from a Random seeded with <see cref="Seed"/>.</summary>
        public double Probability { get; set; }

        /// <summary>Seed of the random draw behind <see cref="Probability"/>, so a run with faults can be repeated.</summary>
        public int Seed { get; set; } = 42;

        /// <summary>How many content deltas a stream fault lets through first.</summary>
        public int AfterEvents { get; set; } = 2;

        /// <summary>Latency added to every request before it is answered.</summary>
        public TimeSpan AddedLatency { get; set; } = TimeSpan.Zero;

        /// <summary>0: off; otherwise requests beyond this rate (token bucket, burst of one second) get 429 ThrottlingException.</summary>
        public double ThrottleAboveRequestsPerSecond { get; set; }

        /// <summary>
        /// Settings that hit every request with a fault written as in the x-bedrockps-emulator-fault header,
        /// e.g. "throttling", "cut:3", "latency:200" or "stream-model-error:1,latency:50".
        /// </summary>
        public static FaultSettings FromText(string text)
        {
            var spec = FaultSpec.Parse(text);
            return new FaultSettings { Kind = spec.Kind, AfterEvents = spec.AfterEvents, AddedLatency = spec.Latency };
        }

        /// <summary>An independent copy, so the running emulator is not changed by later edits to these settings.</summary>
        public FaultSettings Clone() => (FaultSettings)MemberwiseClone();
    }
}
