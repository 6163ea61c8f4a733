# Peak memory of the current process. On Linux the peak resident set (VmHWM) can be reset through
# /proc/self/clear_refs, so the peak of one operation is measured apart from what came before it.

function Get-ResidentMemory {
    <# Current and peak resident set in bytes. #>
    $status = "/proc/$PID/status"
    if (Test-Path -LiteralPath $status) {
        $text = [IO.File]::ReadAllText($status)
        $current = [long]([regex]::Match($text, 'VmRSS:\s+(\d+) kB').Groups[1].Value) * 1024
        $peak = [long]([regex]::Match($text, 'VmHWM:\s+(\d+) kB').Groups[1].Value) * 1024
        return [pscustomobject]@{ Current = $current; Peak = $peak }
    }
    $process = [Diagnostics.Process]::GetCurrentProcess()
    [pscustomobject]@{ Current = $process.WorkingSet64; Peak = $process.PeakWorkingSet64 }
}

function Reset-PeakMemory {
    <# Collects garbage, then makes the peak equal to the current resident set. Returns true when the reset worked. #>
    [GC]::Collect()
    [GC]::WaitForPendingFinalizers()
    [GC]::Collect()
    $clearRefs = "/proc/$PID/clear_refs"
    if (-not (Test-Path -LiteralPath $clearRefs)) { return $false }
    [IO.File]::WriteAllText($clearRefs, '5')
    $true
}

function Measure-PeakMemory {
    <# Runs the script block and returns its result with elapsed ms, peak resident growth and bytes allocated by the process. #>
    param([Parameter(Mandatory)] [scriptblock] $Operation)
    $resetWorked = Reset-PeakMemory
    $before = Get-ResidentMemory
    $allocatedBefore = [GC]::GetTotalAllocatedBytes($true)
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $result = & $Operation
    $clock.Stop()
    $allocated = [GC]::GetTotalAllocatedBytes($true) - $allocatedBefore
    $after = Get-ResidentMemory
    [pscustomobject]@{
        Result = $result
        ElapsedMs = $clock.Elapsed.TotalMilliseconds
        PeakGrowthBytes = if ($resetWorked) { $after.Peak - $before.Current } else { $after.Peak - $before.Peak }
        PeakIsExact = $resetWorked
        AllocatedBytes = $allocated
    }
}
