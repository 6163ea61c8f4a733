function Invoke-ThrottledScenario {
    <#
    .SYNOPSIS
        Scenario 5: rows against an emulator that throttles above a request rate (token bucket, one second of burst),
        -ThrottleLimit 32. Every row must be answered; throughput is compared with the cap.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 3, [int] $Rows = 1000, [double] $Cap = 50, [int] $ThrottleLimit = 32)

    $rates = @(); $failed = 0; $errors = @()
    for ($run = 0; $run -lt $Runs; $run++) {
        # A fresh emulator per run, so every run starts with the same full bucket.
        $emulator = Start-ContextEmulator -Context $Context -ThrottleAboveRequestsPerSecond $Cap
        try {
            $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-ThrottledBatch.ps1' -Environment $environment `
                -ArgumentList @('-ModelId', $Context.ModelId, '-Rows', $Rows, '-ThrottleLimit', $ThrottleLimit) -TimeoutSeconds 180
        }
        finally {
            $null = Stop-ChildProcess -Child $emulator
        }
        $failed += $result.failed + ($Rows - $result.answered - $result.failed)
        $errors += @($result.errors)
        $rates += $result.answered / ($result.elapsedMs / 1000)
    }
    $rate = Get-Median $rates
    New-ScenarioResult -Id 5 -Name "$Rows rows, emulator throttling above $Cap req/s" `
        -Measured ('{0:N1} req/s, {1} failed rows' -f $rate, $failed) -Baseline ('{0} req/s cap' -f $Cap) `
        -Figure ('{0:N2} of the cap' -f ($rate / $Cap)) -Target '0 failed, >= 0.9 of cap' -Met (($failed -eq 0) -and ($rate / $Cap -ge 0.9)) `
        -Runs "$Runs" -Data @{ requestsPerSecond = $rates; failedRows = $failed; errors = @($errors | Where-Object { $_ }) }
}
