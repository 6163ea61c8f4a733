function Invoke-StreamLagScenario {
    <#
    .SYNOPSIS
        Scenario 6: streams of 500 deltas sent 2 ms apart. The timestamping relay (C# floor, "relay") stamps each delta
        when it is written to the client's socket; the worker stamps it when it reaches the Information stream of a
        hosted PowerShell. Lag = arrival - send, on the machine-wide monotonic clock. Run 0 is a warm-up.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 5, [int] $Deltas = 500, [int] $DeltaDelayMs = 2)

    $scenarioPath = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-lag-$PID.json"
    $rules = foreach ($run in 0..$Runs) {
        @{ prompt = "^lag run $run$"; reply = (@(0..($Deltas - 1) | ForEach-Object { '#{0}{1:D4}' -f $run, $_ }) -join ' ') }
    }
    @{ rules = @($rules) } | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $scenarioPath -Encoding utf8NoBOM

    $emulator = Start-ContextEmulator -Context $Context -StreamDelayMs $DeltaDelayMs -ScenarioPath $scenarioPath
    $relay = $null
    try {
        $relay = Start-ServerProcess -FilePath $Context.FloorPath -ArgumentList @('relay', '--upstream', $emulator.Url)
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $relay.Url
        $result = Invoke-PwshWorker -Context $Context -Script 'Measure-StreamLag.ps1' -Environment $environment `
            -ArgumentList @('-ModelId', $Context.ModelId, '-RunCount', $Runs)
    }
    finally {
        $stampLines = if ($relay) { Stop-ChildProcess -Child $relay } else { @() }
        $null = Stop-ChildProcess -Child $emulator
        Remove-Item -LiteralPath $scenarioPath -ErrorAction SilentlyContinue
    }

    $frequency = [double](($stampLines | Where-Object { $_ -like 'frequency *' } | Select-Object -First 1) -split ' ')[1]
    if ($frequency -ne [double]$result.frequency) { throw "The relay and the worker disagree on the clock frequency ($frequency vs $($result.frequency))." }
    $sent = @{}
    foreach ($line in $stampLines) {
        if ($line -match '^stamp (\d+) (\d+)$') { $sent[[int]$Matches[1]] = [long]$Matches[2] }
    }
    $lags = [Collections.Generic.List[double]]::new()
    $perRunMedians = @()
    foreach ($run in 1..$Runs) {
        $runLags = @()
        foreach ($arrival in $result.arrivals) {
            $index = [int]$arrival[0]
            if ([math]::Floor($index / 10000) -ne $run) { continue }
            if (-not $sent.ContainsKey($index)) { throw "Delta $index arrived but the relay never sent it." }
            $runLags += ([long]$arrival[1] - $sent[$index]) * 1000 / $frequency
        }
        if ($runLags.Count -ne $Deltas) { throw "Run $run delivered $($runLags.Count) of $Deltas deltas." }
        $lags.AddRange([double[]]$runLags)
        $perRunMedians += Get-Median $runLags
    }
    $median = Get-Median $lags.ToArray()
    $p99 = Get-Percentile -Values $lags.ToArray() -Percent 99
    New-ScenarioResult -Id 6 -Name "stream of $Deltas deltas, $DeltaDelayMs ms apart" `
        -Measured ('lag median {0:N2} ms, p99 {1:N2} ms' -f $median, $p99) -Baseline 'send time at the socket' `
        -Figure ('median {0:N2} ms; p99 {1:N2} ms' -f $median, $p99) -Target 'median <= 2 ms, p99 <= 10 ms' `
        -Met (($median -le 2) -and ($p99 -le 10)) -Runs "$Runs streams ($($lags.Count) deltas) after 1 warm-up" `
        -Data @{ medianMs = $median; p99Ms = $p99; maxMs = ($lags | Measure-Object -Maximum).Maximum; perRunMedianMs = $perRunMedians }
}
