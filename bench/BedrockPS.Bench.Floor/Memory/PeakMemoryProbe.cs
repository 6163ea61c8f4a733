using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace BedrockPS.Bench.Floor.Memory
{
    /// <summary>
    /// Peak resident memory of this process around one operation. On Linux the peak (VmHWM) is reset through
    /// /proc/self/clear_refs after a full collection, exactly as bench/tools/Memory.ps1 does for the PowerShell side.
    /// </summary>
    internal sealed class PeakMemoryProbe
    {
        private long _residentBefore;
        private long _allocatedBefore;
        private bool _resetWorked;

        public void Start()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
                _resetWorked = true;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                _resetWorked = false;
            }
            _residentBefore = _resetWorked ? Read("VmRSS") : Process.GetCurrentProcess().PeakWorkingSet64;
            _allocatedBefore = GC.GetTotalAllocatedBytes(true);
        }

        public long PeakGrowthBytes => (_resetWorked ? Read("VmHWM") : Process.GetCurrentProcess().PeakWorkingSet64) - _residentBefore;

        public long AllocatedBytes => GC.GetTotalAllocatedBytes(true) - _allocatedBefore;

        public bool PeakIsExact => _resetWorked;

        private static long Read(string field)
        {
            string status = File.ReadAllText("/proc/self/status");
            Match match = Regex.Match(status, field + @":\s+(\d+) kB");
            return match.Success ? long.Parse(match.Groups[1].Value) * 1024 : 0;
        }
    }
}
