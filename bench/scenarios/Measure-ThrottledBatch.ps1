<#
.SYNOPSIS
    Scenario 5: rows through Invoke-BedrockConverse -ThrottleLimit N against an emulator that throttles above a request
    rate. Prints {"elapsedMs","answered","failed"}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [int] $Rows = 1000,
    [int] $ThrottleLimit = 32
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')

$inputRows = 0..($Rows - 1) | ForEach-Object { [pscustomobject]@{ Prompt = "Throttled row $_" } }
$clock = [Diagnostics.Stopwatch]::StartNew()
$answers = @($inputRows | Invoke-BedrockConverse -ModelId $ModelId -ThrottleLimit $ThrottleLimit -ErrorAction SilentlyContinue -ErrorVariable rowErrors)
$elapsedMs = $clock.Elapsed.TotalMilliseconds
$codes = @($rowErrors | ForEach-Object { $_.FullyQualifiedErrorId } | Group-Object | ForEach-Object { "$($_.Name) x$($_.Count)" })
Write-WorkerResult @{ elapsedMs = $elapsedMs; answered = $answers.Count; failed = $rowErrors.Count; errors = $codes }
