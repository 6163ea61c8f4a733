<#
.SYNOPSIS
    Scenario 12 (one side per call): CSV rows through Invoke-BedrockConverse -JsonSchema -Flatten (Schema), or the same
    rows without a schema (Plain). Prints {"ms","failed"}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [int] $Rows = 1000,
    [ValidateSet('Schema', 'Plain')] [string] $Mode = 'Schema'
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')

$schema = [ordered]@{
    type       = 'object'
    properties = [ordered]@{
        category = @{ type = 'string'; enum = @('billing', 'bug', 'other') }
        priority = @{ type = 'integer'; minimum = 1; maximum = 5 }
        summary  = @{ type = 'string' }
    }
    required   = @('category', 'priority', 'summary')
}
$csv = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-structured-$PID.csv"
0..($Rows - 1) | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Ticket $_ of the benchmark: the invoice is wrong" } } | Export-Csv -LiteralPath $csv -NoTypeInformation
try {
    # Warm both paths so neither side pays for first use (JIT, schema support learnt once per model).
    $null = Invoke-BedrockConverse -ModelId $ModelId -Message 'warm-up'
    $null = Invoke-BedrockConverse -ModelId $ModelId -Message 'warm-up' -JsonSchema $schema
    $result = @{ failed = 0 }
    $clock = [Diagnostics.Stopwatch]::StartNew()
    if ($Mode -eq 'Schema') {
        $answers = @(Import-Csv -LiteralPath $csv | Invoke-BedrockConverse -ModelId $ModelId -JsonSchema $schema -Flatten -ErrorAction SilentlyContinue -ErrorVariable rowErrors)
    }
    else {
        $answers = @(Import-Csv -LiteralPath $csv | Invoke-BedrockConverse -ModelId $ModelId -ErrorAction SilentlyContinue -ErrorVariable rowErrors)
    }
    $result.ms = $clock.Elapsed.TotalMilliseconds
    $result.failed += $rowErrors.Count + ($Rows - $answers.Count)
    if ($Mode -eq 'Schema') {
        for ($i = 0; $i -lt $answers.Count; $i++) {
            if ([int]$answers[$i].Id -ne $i -or $answers[$i].category -notin 'billing', 'bug', 'other') { $result.failed++; break }
        }
    }
    Write-WorkerResult $result
}
finally {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
}
