<#
.SYNOPSIS
    Scenario 2 (BedrockPS side): after the warm-up, the benchmark prompts piped into one Invoke-BedrockConverse,
    -Batches times (each batch timed), then the same prompts once as separate invocations in a loop.
    Prints {"pipeMs":[...],"loopMs","failed"}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [int] $Count = 1000,
    [int] $Warmup = 200,
    [int] $Batches = 1
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
. (Join-Path $PSScriptRoot '../tools/Prompts.ps1')

$prompts = Get-BenchPrompt -Count $Count
$null = Get-BenchPrompt -Count $Warmup -Warmup | Invoke-BedrockConverse -ModelId $ModelId
foreach ($prompt in (Get-BenchPrompt -Count 5 -Warmup)) { $null = Invoke-BedrockConverse -ModelId $ModelId -Message $prompt }

$pipeMs = @()
for ($batch = 0; $batch -lt $Batches; $batch++) {
    $piped = $null
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $piped = @($prompts | Invoke-BedrockConverse -ModelId $ModelId)
    $pipeMs += $clock.Elapsed.TotalMilliseconds
}

$clock = [Diagnostics.Stopwatch]::StartNew()
$looped = foreach ($prompt in $prompts) { Invoke-BedrockConverse -ModelId $ModelId -Message $prompt }
$loopMs = $clock.Elapsed.TotalMilliseconds

# Every answer must echo its own prompt, in order: a fast wrong answer must not count.
$failed = 0
for ($i = 0; $i -lt $Count; $i++) {
    if (-not $piped[$i].Text.EndsWith($prompts[$i])) { $failed++ }
    if (-not $looped[$i].Text.EndsWith($prompts[$i])) { $failed++ }
}
Write-WorkerResult @{ pipeMs = $pipeMs; loopMs = $loopMs; failed = $failed }
