function Invoke-CsvBatchScenario {
    <#
    .SYNOPSIS
        Scenario 4: CSV rows against an emulator with fixed latency, -ThrottleLimit 32, against the ideal wall time
        rows x latency / throttle, and against ForEach-Object -Parallel calling the cmdlet per row. Fresh worker per run,
        the two modes interleaved.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 3, [int] $Rows = 2000, [int] $LatencyMs = 100, [int] $ThrottleLimit = 32)

    $emulator = Start-ContextEmulator -Context $Context -LatencyMs $LatencyMs
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $common = @('-ModelId', $Context.ModelId, '-Rows', $Rows, '-ThrottleLimit', $ThrottleLimit)
        $batch = @(); $parallel = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-CsvBatch.ps1' -Environment $environment -ArgumentList ($common + @('-Mode', 'Batch'))
            if ($result.failed -ne 0) { throw "The batch lost $($result.failed) rows." }
            $batch += $result.batchMs
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-CsvBatch.ps1' -Environment $environment -ArgumentList ($common + @('-Mode', 'Parallel'))
            if ($result.failed -ne 0) { throw "ForEach-Object -Parallel lost $($result.failed) rows." }
            $parallel += $result.parallelMs
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    $idealMs = $Rows * $LatencyMs / $ThrottleLimit
    $batchMs = Get-Median $batch
    $parallelMs = Get-Median $parallel
    $efficiency = $idealMs / $batchMs
    New-ScenarioResult -Id 4 -Name "$Rows CSV rows, ${LatencyMs} ms latency, -ThrottleLimit $ThrottleLimit" `
        -Measured ('{0:N2} s' -f ($batchMs / 1000)) -Baseline ('{0:N2} s ideal; ForEach-Object -Parallel {1:N2} s' -f ($idealMs / 1000), ($parallelMs / 1000)) `
        -Figure ('efficiency {0:N2}; {1:N2}x faster than -Parallel' -f $efficiency, ($parallelMs / $batchMs)) `
        -Target '>= 0.85, faster than -Parallel' -Met (($efficiency -ge 0.85) -and ($batchMs -lt $parallelMs)) `
        -Runs "$Runs + $Runs interleaved" -Data @{ batchMs = $batch; parallelMs = $parallel; idealMs = $idealMs }
}
