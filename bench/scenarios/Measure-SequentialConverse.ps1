<#
.SYNOPSIS
    Scenario 2 (BedrockPS side): after the warm-up, the benchmark prompts piped into one Invoke-BedrockConverse,
    -Batches times (each batch timed), then the same prompts once as separate invocations in a loop.
    Prints {"pipeMs":[...],"pipeCpuMs":[...],"loopMs","failed"} (CPU: this process, all threads).
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

$pipeMs = @(); $cpuMs = @()
$self = [Diagnostics.Process]::GetCurrentProcess()
for ($batch = 0; $batch -lt $Batches; $batch++) {
    $piped = $null
    $self.Refresh()
    $cpuBefore = $self.TotalProcessorTime
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $piped = @($prompts | Invoke-BedrockConverse -ModelId $ModelId)
    $pipeMs += $clock.Elapsed.TotalMilliseconds
    $self.Refresh()
    $cpuMs += ($self.TotalProcessorTime - $cpuBefore).TotalMilliseconds
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
Write-WorkerResult @{ pipeMs = $pipeMs; pipeCpuMs = $cpuMs; loopMs = $loopMs; failed = $failed }
