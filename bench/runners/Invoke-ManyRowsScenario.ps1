function Invoke-ManyRowsScenario {
    <#
    .SYNOPSIS
        Scenario 9: a million CSV rows piped into Invoke-BedrockConverse -ThrottleLimit 32 against a zero-latency
        emulator, against a tenth of the rows in the same run: the peak resident set must stay flat (at most 1.2x),
        open sockets and descriptors steady, every row answered once and in order. One fresh worker per size.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Rows = 1000000, [int] $ThrottleLimit = 32)

    $baselineRows = [math]::Max(1, [int]($Rows / 10))
    $modelId = 'amazon.nova-lite-v1:0'
    $emulator = Start-ContextEmulator -Context $Context
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $measured = @{}
        foreach ($size in $baselineRows, $Rows) {
            # About 1 ms a row is plenty on two busy cores; the timeout only guards against a hang.
            $timeout = [math]::Max(300, [int]($size / 1000 * 3))
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-ManyRows.ps1' -Environment $environment -TimeoutSeconds $timeout `
                -ArgumentList @('-ModelId', $modelId, '-Rows', $size, '-ThrottleLimit', $ThrottleLimit)
            if ($result.errors -ne 0 -or $result.wrong -ne 0 -or $result.answered -ne $size) {
                throw "Rows lost or out of order at $size rows: $($result.answered) answered, $($result.errors) errors, $($result.wrong) wrong ($($result.firstWrong))."
            }
            $measured[$size] = $result
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    $small = $measured[$baselineRows]
    $large = $measured[$Rows]
    $peakRatio = $large.peakBytes / $small.peakBytes
    $growthRatio = if ($small.peakGrowthBytes -gt 0) { $large.peakGrowthBytes / $small.peakGrowthBytes } else { [double]::NaN }
    # Steady: after the first tenth of the rows, sockets never exceed the throttle limit plus a few, and descriptors
    # vary by no more than the throttle limit (connections being replaced), rather than growing with the rows.
    $steady = @($large.samples | Select-Object -Skip ([math]::Max(1, [int]($large.samples.Count / 10))))
    $sockets = @($steady | ForEach-Object { $_.sockets } | Measure-Object -Minimum -Maximum)
    $fds = @($steady | ForEach-Object { $_.fds } | Measure-Object -Minimum -Maximum)
    $socketsSteady = $sockets[0].Maximum -le ($ThrottleLimit + 4)
    $fdsSteady = ($fds[0].Maximum - $fds[0].Minimum) -le $ThrottleLimit
    $mb = { param($bytes) '{0:N1} MB' -f ($bytes / 1MB) }

    New-ScenarioResult -Id 9 -Name "$Rows CSV rows piped, -ThrottleLimit $ThrottleLimit" `
        -Measured ('peak {0} (+{1} during the pipe), {2:N0} s, {3:N0} rows/s; sockets {4}-{5}, descriptors {6}-{7}' -f (& $mb $large.peakBytes), (& $mb $large.peakGrowthBytes),
            ($large.elapsedMs / 1000), ($Rows / $large.elapsedMs * 1000), $sockets[0].Minimum, $sockets[0].Maximum, $fds[0].Minimum, $fds[0].Maximum) `
        -Baseline ('{0} rows: peak {1} (+{2}), {3:N0} s' -f $baselineRows, (& $mb $small.peakBytes), (& $mb $small.peakGrowthBytes), ($small.elapsedMs / 1000)) `
        -Figure ('peak {0:N2}x (growth {1:N2}x); every row answered once, in order' -f $peakRatio, $growthRatio) `
        -Target '<= 1.2x peak; sockets and descriptors steady; all rows in order' -Met (($peakRatio -le 1.2) -and $socketsSteady -and $fdsSteady) `
        -Runs "1 x $baselineRows + 1 x $Rows" -Data @{ small = $small; large = $large }
}
