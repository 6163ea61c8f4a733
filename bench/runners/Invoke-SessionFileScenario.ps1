function Invoke-SessionFileScenario {
    <#
    .SYNOPSIS
        Scenario 7: Export-BedrockSession and Import-BedrockSession of 1,000, 5,000 and 10,000 turns (fresh worker per
        size, 7 repeats each). Linear when the cost per 1,000 turns at the largest size is at most 1.5x that at the smallest.
    #>
    param([Parameter(Mandatory)] $Context, [int[]] $Sizes = @(1000, 5000, 10000), [int] $Repeat = 7)

    $rows = @()
    foreach ($turns in $Sizes) {
        $result = Invoke-PwshWorker -Context $Context -Script 'Measure-SessionFiles.ps1' -Environment $Context.ClientEnvironment `
            -ArgumentList @('-Turns', $turns, '-Repeat', $Repeat)
        $rows += [pscustomobject]@{
            Turns = $turns
            FileBytes = $result.fileBytes
            ImportMsPer1k = (Get-Median @($result.import | ForEach-Object { $_.ms })) * 1000 / $turns
            ExportMsPer1k = (Get-Median @($result.export | ForEach-Object { $_.ms })) * 1000 / $turns
            ImportPeakBytes = ($result.import | ForEach-Object { $_.peakGrowthBytes } | Measure-Object -Maximum).Maximum
            ExportPeakBytes = ($result.export | ForEach-Object { $_.peakGrowthBytes } | Measure-Object -Maximum).Maximum
            ImportAllocatedBytes = Get-Median @($result.import | ForEach-Object { $_.allocatedBytes })
            ExportAllocatedBytes = Get-Median @($result.export | ForEach-Object { $_.allocatedBytes })
        }
    }
    $small = $rows[0]; $large = $rows[-1]
    $importGrowth = $large.ImportMsPer1k / $small.ImportMsPer1k
    $exportGrowth = $large.ExportMsPer1k / $small.ExportMsPer1k
    $mb = { param($bytes) '{0:N1} MB' -f ($bytes / 1MB) }
    New-ScenarioResult -Id 7 -Name "session of $($large.Turns) turns, export and import" `
        -Measured ('import {0:N1} ms/1k turns, peak +{1}; export {2:N1} ms/1k turns, peak +{3} ({4} file)' -f `
            $large.ImportMsPer1k, (& $mb $large.ImportPeakBytes), $large.ExportMsPer1k, (& $mb $large.ExportPeakBytes), (& $mb $large.FileBytes)) `
        -Baseline ('per 1k turns at {0} turns: import {1:N1} ms, export {2:N1} ms' -f $small.Turns, $small.ImportMsPer1k, $small.ExportMsPer1k) `
        -Figure ('cost per 1k turns {0}->{1} turns: import {2:N2}x, export {3:N2}x' -f $small.Turns, $large.Turns, $importGrowth, $exportGrowth) `
        -Target 'linear (<= 1.5x per 1k turns)' -Met (($importGrowth -le 1.5) -and ($exportGrowth -le 1.5)) `
        -Runs "$($Sizes -join ', ') turns x $Repeat" -Data @{ sizes = $rows }
}
