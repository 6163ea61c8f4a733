function Invoke-BatchRunScenario {
    <#
    .SYNOPSIS
        Scenario 10: 10,000 and 100,000 rows through Start, Wait and Receive on the emulator (two jobs of 50,000 at the
        larger size), answers streamed to CSV. Peak memory at 100,000 rows against the peak at 10,000 (memory must not
        grow with the row count), and Receive of 100,000 records against Get-Content | ConvertFrom-Json of the same
        output files, in the same worker.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 2, [int] $SmallRows = 10000, [int] $LargeRows = 100000)

    $data = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-s3-$PID"
    $work = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-batch-$PID"
    $null = New-Item -ItemType Directory -Force -Path $data, $work
    $emulator = Start-ContextEmulator -Context $Context -BatchStepDelayMs 50 -S3DataDirectory $data
    try {
        $s3Line = $emulator.Process.StandardOutput.ReadLine()
        if ($s3Line -notmatch '^S3 endpoint (\S+)') { throw "The emulator host did not name its S3 endpoint: $s3Line" }
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $environment.AWS_ENDPOINT_URL_S3 = $Matches[1]
        $small = @(); $large = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            foreach ($size in $SmallRows, $LargeRows) {
                $result = Invoke-PwshWorker -Context $Context -Script 'Measure-BatchRun.ps1' -Environment $environment -TimeoutSeconds 900 `
                    -ArgumentList @('-ModelId', 'amazon.nova-lite-v1:0', '-Rows', $size, '-S3DataDirectory', $data, '-WorkFolder', $work)
                if ($size -eq $SmallRows) { $small += $result } else { $large += $result }
            }
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
        Remove-Item -LiteralPath $data, $work -Recurse -Force -ErrorAction SilentlyContinue
    }
    $smallPeak = Get-Median @($small | ForEach-Object { $_.peakGrowthBytes })
    $largePeak = Get-Median @($large | ForEach-Object { $_.peakGrowthBytes })
    $receiveMs = Get-Median @($large | ForEach-Object { $_.receiveMs })
    $jsonMs = Get-Median @($large | ForEach-Object { $_.convertFromJsonMs })
    $memoryRatio = $largePeak / $smallPeak
    $speedRatio = $receiveMs / $jsonMs
    New-ScenarioResult -Id 10 -Name ('batch run of {0:N0} rows (Start, Wait, Receive)' -f $LargeRows) `
        -Measured ('peak +{0:N1} MB at {1:N0} rows ({2:N1} s); Receive {3:N1} s' -f ($largePeak / 1e6), $LargeRows, ((Get-Median @($large | ForEach-Object { $_.ms })) / 1000), ($receiveMs / 1000)) `
        -Baseline ('peak +{0:N1} MB at {1:N0} rows; Get-Content | ConvertFrom-Json of the output {2:N1} s' -f ($smallPeak / 1e6), $SmallRows, ($jsonMs / 1000)) `
        -Figure ('memory {0:N2}x; Receive {1:N2}x ConvertFrom-Json' -f $memoryRatio, $speedRatio) -Target '<= 1.2x memory; <= 1.0x time' `
        -Met (($memoryRatio -le 1.2) -and ($speedRatio -le 1.0)) -Runs "$Runs" `
        -Data @{ smallPeakGrowthBytes = @($small | ForEach-Object { $_.peakGrowthBytes }); largePeakGrowthBytes = @($large | ForEach-Object { $_.peakGrowthBytes }); receiveMs = @($large | ForEach-Object { $_.receiveMs }); convertFromJsonMs = @($large | ForEach-Object { $_.convertFromJsonMs }) }
}
