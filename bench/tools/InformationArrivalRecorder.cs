using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace BedrockPS.Bench
{
    /// <summary>
    /// Stamps every record the moment it is added to a PowerShell instance's Information stream (DataAdded runs on the
    /// thread that writes the record), keyed by the delta marker "#NNNNN" found in its text. Stopwatch ticks are the
    /// monotonic clock shared by every process on the machine, so they compare with the relay's send stamps.
    /// </summary>
    public sealed class InformationArrivalRecorder
    {
        private static readonly Regex Marker = new Regex("#(\\d{5})", RegexOptions.CultureInvariant);
        private readonly object _gate = new object();
        private readonly List<long[]> _arrivals = new List<long[]>();

        public void Attach(PSDataCollection<InformationRecord> stream)
        {
            stream.DataAdded += (sender, e) =>
            {
                long arrivedAt = Stopwatch.GetTimestamp();
                var records = (PSDataCollection<InformationRecord>)sender!;
                string text = records[e.Index].MessageData?.ToString() ?? string.Empty;
                Match match = Marker.Match(text);
                if (!match.Success)
                {
                    return;
                }
                lock (_gate)
                {
                    _arrivals.Add(new[] { long.Parse(match.Groups[1].Value), arrivedAt });
                }
            };
        }

        /// <summary>Pairs of [marker index, arrival ticks], in arrival order.</summary>
        public long[][] Arrivals()
        {
            lock (_gate)
            {
                return _arrivals.ToArray();
            }
        }

        public static long Frequency => Stopwatch.Frequency;
    }
}
