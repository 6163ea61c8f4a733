<#
.SYNOPSIS
    Scenario 10: N rows through Start-, Wait- and Receive-BedrockBatchJob, answers streamed to a CSV file, as a script
    would. Prints the peak resident growth of the whole run, then times a second Receive of the same jobs against
    reading the same output files with Get-Content | ConvertFrom-Json.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    [Parameter(Mandatory)] [int] $Rows,
    [Parameter(Mandatory)] [string] $S3DataDirectory,
    [Parameter(Mandatory)] [string] $WorkFolder
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
. (Join-Path $PSScriptRoot '../tools/Memory.ps1')

$role = 'arn:aws:iam::123456789012:role/BedrockBatch'
$name = "bench-$Rows-$PID"
$csv = Join-Path $WorkFolder "$name.csv"
$script:jobs = $null
$measured = Measure-PeakMemory {
    $script:jobs = @(1..$Rows | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Batch question $_" } } |
        Start-BedrockBatchJob -ModelId $ModelId -S3Uri s3://bench-batch/runs -RoleArn $role -JobName $name |
        Wait-BedrockBatchJob -PollIntervalSec 0.2)
    $script:jobs | Receive-BedrockBatchJob | Select-Object @{ n = 'Id'; e = { $_.Input.Id } }, Text | Export-Csv -LiteralPath $csv
    $null
}
$answered = 0
$expectedId = 1
foreach ($line in [IO.File]::ReadLines($csv) | Select-Object -Skip 1) {
    if ($line -notmatch '^"(\d+)","Echo: Batch question (\d+)"$' -or [int]$Matches[1] -ne $expectedId -or [int]$Matches[2] -ne $expectedId) {
        throw "Row $expectedId of the answers is wrong: $line"
    }
    $answered++; $expectedId++
}
if ($answered -ne $Rows) { throw "$answered answers for $Rows rows." }

# The embedded S3 endpoint keeps each object in <folder>/b-<bucket>/o-<SHA-256 of the key>.
function Get-StoredObjectPath([string] $Key) {
    $hash = [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($Key))).ToLowerInvariant()
    Join-Path $S3DataDirectory "b-bench-batch/o-$hash"
}
$outputFiles = foreach ($job in $script:jobs) { Get-StoredObjectPath "runs/$name/output/$($job.JobId)/input-0001.jsonl.out" }

$receive = [Diagnostics.Stopwatch]::StartNew()
$script:jobs | Receive-BedrockBatchJob | Out-Null
$receive.Stop()
$read = [Diagnostics.Stopwatch]::StartNew()
$parsed = 0
foreach ($file in $outputFiles) { Get-Content -LiteralPath $file | ConvertFrom-Json | ForEach-Object { $parsed++ } }
$read.Stop()
if ($parsed -ne $Rows) { throw "Get-Content | ConvertFrom-Json read $parsed records, expected $Rows." }
Remove-Item -LiteralPath $csv
Write-WorkerResult @{ rows = $Rows; jobs = $script:jobs.Count; ms = $measured.ElapsedMs; peakGrowthBytes = $measured.PeakGrowthBytes; peakIsExact = $measured.PeakIsExact
    allocatedBytes = $measured.AllocatedBytes; receiveMs = $receive.Elapsed.TotalMilliseconds; convertFromJsonMs = $read.Elapsed.TotalMilliseconds }
