<#
.SYNOPSIS
    Scenario 4 (both sides): CSV rows through Invoke-BedrockConverse -ThrottleLimit N, and through
    ForEach-Object -Parallel -ThrottleLimit N calling the cmdlet once per row. Prints {"batchMs","parallelMs","failed"}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [int] $Rows = 2000,
    [int] $ThrottleLimit = 32,
    [ValidateSet('Batch', 'Parallel', 'Both')] [string] $Mode = 'Both'
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')

$csv = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-rows-$PID.csv"
0..($Rows - 1) | ForEach-Object { [pscustomobject]@{ Prompt = "Row $_ of the benchmark" } } | Export-Csv -LiteralPath $csv -NoTypeInformation
try {
    $null = Invoke-BedrockConverse -ModelId $ModelId -Message 'warm-up'
    $result = @{ failed = 0 }
    if ($Mode -ne 'Parallel') {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $answers = @(Import-Csv -LiteralPath $csv | Invoke-BedrockConverse -ModelId $ModelId -ThrottleLimit $ThrottleLimit -ErrorAction SilentlyContinue -ErrorVariable batchErrors)
        $result.batchMs = $clock.Elapsed.TotalMilliseconds
        $result.failed += $batchErrors.Count + ($Rows - $answers.Count)
        for ($i = 0; $i -lt $answers.Count; $i++) { if ($answers[$i].Text -ne "Echo: Row $i of the benchmark") { $result.failed++; break } }
    }
    if ($Mode -ne 'Batch') {
        $module = $env:BEDROCKPS_MODULE_PATH
        # -Parallel refuses -ErrorAction; errors still land in -ErrorVariable and are counted.
        $ErrorActionPreference = 'Continue'
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $answers = @(Import-Csv -LiteralPath $csv | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
            Import-Module $using:module
            Invoke-BedrockConverse -ModelId $using:ModelId -Message $_.Prompt
        } -ErrorVariable parallelErrors 2>$null)
        $ErrorActionPreference = 'Stop'
        $result.parallelMs = $clock.Elapsed.TotalMilliseconds
        $result.failed += $parallelErrors.Count + ($Rows - $answers.Count)
    }
    Write-WorkerResult $result
}
finally {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
}
