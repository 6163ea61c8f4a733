using System;
using System.Globalization;

namespace BedrockPS.Emulator
{
    /// <summary>
    /// A fault picked for one request: the kind, how many deltas pass first, and extra latency.
    /// Parsed from the x-bedrockps-emulator-fault header or a scenario rule: comma-separated items such as
    /// "throttling", "cut:3", "latency:250".
    /// </summary>
    internal sealed class FaultSpec
    {
        public FaultSpec(FaultKind kind, int afterEvents, TimeSpan latency)
        {
            Kind = kind;
            AfterEvents = afterEvents;
            Latency = latency;
        }

        public static readonly FaultSpec NoFault = new FaultSpec(FaultKind.None, 0, TimeSpan.Zero);

        public FaultKind Kind { get; }
        public int AfterEvents { get; }
        public TimeSpan Latency { get; }

        public bool IsStreamFault => Kind >= FaultKind.StreamThrottlingException;

        public static FaultSpec Parse(string text)
        {
            var kind = FaultKind.None;
            int after = 2;
            var latency = TimeSpan.Zero;
            foreach (string raw in text.Split(','))
            {
                string item = raw.Trim();
                if (item.Length == 0)
                {
                    continue;
                }
                int colon = item.IndexOf(':');
                string name = (colon < 0 ? item : item.Substring(0, colon)).Trim().ToLowerInvariant();
                int? number = null;
                if (colon >= 0)
                {
                    if (!int.TryParse(item.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
                    {
                        throw new FormatException("Fault '" + item + "' needs a whole number after ':'.");
                    }
                    number = parsed;
                }
                if (name == "latency")
                {
                    latency = TimeSpan.FromMilliseconds(number ?? 0);
                    continue;
                }
                kind = KindFromName(name);
                if (number.HasValue)
                {
                    after = number.Value;
                }
            }
            return new FaultSpec(kind, after, latency);
        }

        private static FaultKind KindFromName(string name)
        {
            switch (name)
            {
                case "none": return FaultKind.None;
                case "throttling": case "throttle": return FaultKind.Throttling;
                case "internal-error": case "internal": case "500": return FaultKind.InternalServerError;
                case "service-unavailable": case "unavailable": case "503": return FaultKind.ServiceUnavailable;
                case "model-not-ready": return FaultKind.ModelNotReady;
                case "model-timeout": return FaultKind.ModelTimeout;
                case "reset": return FaultKind.ResetBeforeHeaders;
                case "stream-throttling": return FaultKind.StreamThrottlingException;
                case "stream-model-error": return FaultKind.StreamModelError;
                case "cut": return FaultKind.CutMidStream;
                case "corrupt": return FaultKind.CorruptFrame;
                case "truncate": return FaultKind.TruncatedFrame;
                case "stall": return FaultKind.StallStream;
                default:
                    if (Enum.TryParse(name, true, out FaultKind kind))
                    {
                        return kind;
                    }
                    throw new FormatException("Unknown fault '" + name + "'. Known: throttling, internal-error, service-unavailable, "
                        + "model-not-ready, model-timeout, reset, stream-throttling, stream-model-error, cut, corrupt, truncate, stall, latency.");
            }
        }
    }
}
