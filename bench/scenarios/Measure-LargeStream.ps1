<#
.SYNOPSIS
    Scenario 8: one streamed answer of the emulator's large reply (scenario rule for the prompt "large answer"), with
    the deltas discarded (6>$null) and the result kept, as a script would. Prints peak resident growth and allocation.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [Parameter(Mandatory)] [long] $ExpectedLength
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
. (Join-Path $PSScriptRoot '../tools/Memory.ps1')

$null = Invoke-BedrockConverse -ModelId $ModelId -Message 'warm-up' -Stream 6>$null
$measured = Measure-PeakMemory { Invoke-BedrockConverse -ModelId $ModelId -Message 'large answer' -Stream 6>$null }
$length = $measured.Result.Text.Length
if ($length -ne $ExpectedLength) { throw "The answer has $length characters, expected $ExpectedLength." }
Write-WorkerResult @{ ms = $measured.ElapsedMs; answerChars = $length; peakGrowthBytes = $measured.PeakGrowthBytes; peakIsExact = $measured.PeakIsExact; allocatedBytes = $measured.AllocatedBytes }
