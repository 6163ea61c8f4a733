function Invoke-LargeStreamScenario {
    <#
    .SYNOPSIS
        Scenario 8: one streamed answer of 20 MB (20,000 deltas of 1,000 characters), deltas discarded, result kept.
        Peak resident growth of the worker process during the call, against the answer's size in bytes, and against the
        C# floor ("stream": the deltas appended to one StringBuilder, one string at the end), runs interleaved.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 3, [int] $AnswerBytes = 20000000, [int] $DeltaChars = 1000)

    $word = 'x' * ($DeltaChars - 1)
    $reply = [Text.StringBuilder]::new($AnswerBytes)
    while ($reply.Length + $DeltaChars -le $AnswerBytes) { [void]$reply.Append($word).Append(' ') }
    [void]$reply.Append('y' * ($AnswerBytes - $reply.Length))
    $scenarioPath = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-large-$PID.json"
    @{ rules = @(@{ prompt = '^large answer$'; reply = $reply.ToString() }) } | ConvertTo-Json -Depth 4 -Compress | Set-Content -LiteralPath $scenarioPath -Encoding utf8NoBOM
    $reply = $null

    $emulator = Start-ContextEmulator -Context $Context -ScenarioPath $scenarioPath
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $results = @(); $floors = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            $floors += Invoke-JsonProcess -FilePath $Context.FloorPath -Environment $environment `
                -ArgumentList @('stream', '--endpoint', $emulator.Url, '--model', $Context.ModelId, '--prompt', 'large answer')
            if ($floors[-1].answerChars -ne $AnswerBytes) { throw "The C# floor got $($floors[-1].answerChars) characters, expected $AnswerBytes." }
            $results += Invoke-PwshWorker -Context $Context -Script 'Measure-LargeStream.ps1' -Environment $environment `
                -ArgumentList @('-ModelId', $Context.ModelId, '-ExpectedLength', $AnswerBytes)
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
        Remove-Item -LiteralPath $scenarioPath -ErrorAction SilentlyContinue
    }
    $peak = Get-Median @($results | ForEach-Object { $_.peakGrowthBytes })
    $allocated = Get-Median @($results | ForEach-Object { $_.allocatedBytes })
    $ratio = $peak / $AnswerBytes
    $floorPeak = Get-Median @($floors | ForEach-Object { $_.peakGrowthBytes })
    New-ScenarioResult -Id 8 -Name ('streamed answer of {0:N0} MB' -f ($AnswerBytes / 1e6)) `
        -Measured ('peak +{0:N1} MB (allocated {1:N0} MB, {2:N1} s)' -f ($peak / 1e6), ($allocated / 1e6), ((Get-Median @($results | ForEach-Object { $_.ms })) / 1000)) `
        -Baseline ('{0:N0} MB answer; C# floor peak +{1:N1} MB ({2:N2}x the answer)' -f ($AnswerBytes / 1e6), ($floorPeak / 1e6), ($floorPeak / $AnswerBytes)) `
        -Figure ('{0:N2}x the answer; {1:N2}x the C# floor' -f $ratio, ($peak / $floorPeak)) -Target '<= 2x the answer' -Met ($ratio -le 2) `
        -Runs "$Runs" -Data @{ floorPeakGrowthBytes = @($floors | ForEach-Object { $_.peakGrowthBytes }); peakGrowthBytes = @($results | ForEach-Object { $_.peakGrowthBytes }); allocatedBytes = @($results | ForEach-Object { $_.allocatedBytes }) }
}
