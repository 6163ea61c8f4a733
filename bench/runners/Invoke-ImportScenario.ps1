function Invoke-ImportScenario {
    <#
    .SYNOPSIS
        Scenario 1: `pwsh -NoProfile -c "Import-Module <module>"` against `pwsh -NoProfile -c 1`, interleaved, wall time
        from process start to exit. The difference of the medians is the import's cost.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 15)

    $pwsh = $Context.Pwsh
    $prefix = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command')
    $importCommand = "Import-Module '$($Context.ModulePath.Replace("'", "''"))'"
    $timeOne = {
        param([string] $Command)
        $info = [Diagnostics.ProcessStartInfo]::new($pwsh[0])
        foreach ($argument in ($prefix + $Command)) { $info.ArgumentList.Add($argument) }
        $info.UseShellExecute = $false
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $process = [Diagnostics.Process]::Start($info)
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        $process.WaitForExit()
        $elapsed = $clock.Elapsed.TotalMilliseconds
        if ($process.ExitCode -ne 0) { throw "'$Command' failed: $($output.Result) $($errors.Result)" }
        $process.Dispose()
        $elapsed
    }

    # One pair first, unmeasured, so both start from a warm disk cache.
    $null = & $timeOne '1'
    $null = & $timeOne $importCommand
    $bare = @(); $imported = @()
    for ($i = 0; $i -lt $Runs; $i++) {
        $bare += & $timeOne '1'
        $imported += & $timeOne $importCommand
    }
    $bareMedian = Get-Median $bare
    $importMedian = Get-Median $imported
    $added = $importMedian - $bareMedian
    New-ScenarioResult -Id 1 -Name 'Import-Module cost' `
        -Measured ('{0:N0} ms' -f $importMedian) -Baseline ('{0:N0} ms (pwsh -c 1)' -f $bareMedian) `
        -Figure ('+{0:N0} ms ({1:N2}x)' -f $added, ($importMedian / $bareMedian)) -Target '<= +150 ms' -Met ($added -le 150) `
        -Runs "$Runs + $Runs interleaved" -Data @{ bareMs = $bare; importMs = $imported; addedMs = $added }
}
