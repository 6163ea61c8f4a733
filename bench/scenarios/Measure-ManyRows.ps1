<#
.SYNOPSIS
    Scenario 9 (one side): N CSV rows piped through Invoke-BedrockConverse -ThrottleLimit N, answers consumed as they
    come (nothing collected), each checked for its row number in order. Samples the resident set, open file
    descriptors and open sockets every SampleEvery rows. Prints {"rows","answered","wrong","errors","peakBytes",...}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [int] $Rows = 100000,
    [int] $ThrottleLimit = 32,
    [int] $SampleEvery = 0
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
. (Join-Path $PSScriptRoot '../tools/Memory.ps1')

function Get-OpenHandles {
    <# Open file descriptors and, of them, sockets (Linux); elsewhere the process handle count and -1. #>
    $fdFolder = "/proc/$PID/fd"
    if (-not (Test-Path -LiteralPath $fdFolder)) { return @([Diagnostics.Process]::GetCurrentProcess().HandleCount, -1) }
    $descriptors = [IO.Directory]::GetFileSystemEntries($fdFolder)
    $sockets = 0
    foreach ($descriptor in $descriptors) {
        $target = try { [IO.FileInfo]::new($descriptor).LinkTarget } catch { $null }
        if ($target -and $target.StartsWith('socket:')) { $sockets++ }
    }
    @($descriptors.Count, $sockets)
}

if ($SampleEvery -le 0) { $SampleEvery = [math]::Max(1, [int]($Rows / 50)) }
$csv = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-many-rows-$PID.csv"
# Written with a StreamWriter: Export-Csv of a million objects would measure the test set-up, not the module.
$writer = [IO.StreamWriter]::new($csv)
try {
    $writer.WriteLine('"Prompt"')
    for ($i = 0; $i -lt $Rows; $i++) { $writer.WriteLine("""Row $i of many""") }
}
finally { $writer.Dispose() }

try {
    $null = Invoke-BedrockConverse -ModelId $ModelId -Message 'warm-up'
    $state = @{ next = 0; wrong = 0; errors = 0; firstWrong = $null; samples = [Collections.Generic.List[object]]::new() }
    $measured = Measure-PeakMemory {
        Import-Csv -LiteralPath $csv |
            Invoke-BedrockConverse -ModelId $ModelId -ThrottleLimit $ThrottleLimit -ErrorAction SilentlyContinue -ErrorVariable rowErrors |
            ForEach-Object {
                $expected = "Echo: Row $($state.next) of many"
                if ($_.Text -ne $expected) {
                    $state.wrong++
                    if ($null -eq $state.firstWrong) { $state.firstWrong = "answer $($state.next): '$($_.Text)'" }
                }
                $state.next++
                if ($state.next % $SampleEvery -eq 0) {
                    $handles = Get-OpenHandles
                    $memory = Get-ResidentMemory
                    $state.samples.Add([ordered]@{ row = $state.next; rss = $memory.Current; fds = $handles[0]; sockets = $handles[1] })
                }
            }
        $state.errors = @($rowErrors).Count
    }
    $end = Get-ResidentMemory
    Write-WorkerResult ([ordered]@{
        rows = $Rows
        answered = $state.next
        wrong = $state.wrong
        firstWrong = $state.firstWrong
        errors = $state.errors
        elapsedMs = $measured.ElapsedMs
        peakGrowthBytes = $measured.PeakGrowthBytes
        peakBytes = $end.Peak
        samples = $state.samples
    })
}
finally {
    Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
}
