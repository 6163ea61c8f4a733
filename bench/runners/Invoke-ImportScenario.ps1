function Invoke-ImportScenario {
    <#
    .SYNOPSIS
        Scenario 1: `pwsh -NoProfile -c "Import-Module <module>"` against `pwsh -NoProfile -c 1`, interleaved, wall time
        from process start to exit. The difference of the medians is the import's cost. A third arm imports an empty
        manifest module: what Import-Module itself costs PowerShell on first use, which no module can avoid, so the
        table can show the module's own share too.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 15)

    $pwsh = $Context.Pwsh
    $prefix = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command')
    $importCommand = "Import-Module '$($Context.ModulePath.Replace("'", "''"))'"
    $emptyModule = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-empty-$PID/BenchEmpty"
    $null = New-Item -ItemType Directory -Path $emptyModule -Force
    Set-Content -LiteralPath (Join-Path $emptyModule 'BenchEmpty.psd1') -Value "@{ ModuleVersion = '1.0'; CmdletsToExport = @(); FunctionsToExport = @(); AliasesToExport = @(); VariablesToExport = @() }"
    $emptyCommand = "Import-Module '$($emptyModule.Replace("'", "''"))'"
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
    try {
        $null = & $timeOne '1'
        $null = & $timeOne $importCommand
        $bare = @(); $imported = @(); $empty = @()
        for ($i = 0; $i -lt $Runs; $i++) {
            $bare += & $timeOne '1'
            $imported += & $timeOne $importCommand
            $empty += & $timeOne $emptyCommand
        }
    }
    finally {
        Remove-Item -LiteralPath (Split-Path -Parent $emptyModule) -Recurse -Force -ErrorAction SilentlyContinue
    }
    $bareMedian = Get-Median $bare
    $importMedian = Get-Median $imported
    $emptyMedian = Get-Median $empty
    $added = $importMedian - $bareMedian
    New-ScenarioResult -Id 1 -Name 'Import-Module cost' `
        -Measured ('{0:N0} ms' -f $importMedian) `
        -Baseline ('{0:N0} ms (pwsh -c 1); {1:N0} ms (Import-Module of an empty module)' -f $bareMedian, $emptyMedian) `
        -Figure ('{0:+#,0;-#,0;0} ms ({1:N2}x); the module''s own share {2:+#,0;-#,0;0} ms' -f $added, ($importMedian / $bareMedian), ($importMedian - $emptyMedian)) `
        -Target '<= +150 ms' -Met ($added -le 150) `
        -Runs "$Runs x 3 interleaved" -Data @{ bareMs = $bare; importMs = $imported; emptyModuleMs = $empty; addedMs = $added; ownShareMs = ($importMedian - $emptyMedian) }
}
