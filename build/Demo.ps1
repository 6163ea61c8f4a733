<#
.SYNOPSIS
    The BedrockPS demo, run by ./build.ps1 -Task Demo in a fresh pwsh against the built module.
.DESCRIPTION
    The main scenario, offline against the local emulator: list models, ask a question, stream an answer,
    answer a 50-row CSV of prompts sixteen at a time with progress, show the results and a summary.
#>
[CmdletBinding()]
param(
    [string] $ModulePath = $(if ($env:BEDROCKPS_MODULE_PATH) { $env:BEDROCKPS_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/BedrockPS' })
)

$ErrorActionPreference = 'Stop'
Import-Module -Name (Join-Path $ModulePath 'BedrockPS.psd1')

function Write-Step([string] $Title) {
    Write-Host ''
    Write-Host "== $Title" -ForegroundColor Cyan
}

$module = Get-Module -Name BedrockPS
Write-Host "BedrockPS $($module.Version) imported from $($module.ModuleBase)"

# The emulator streams a word every 40 ms and answers after 120 ms, so streaming and progress are visible.
$emulator = Start-BedrockEmulator -StreamDelayMs 40 -LatencyMs 120
$work = Join-Path ([IO.Path]::GetTempPath()) ("bedrockps-demo-" + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $work
try {
    Write-Step "Start-BedrockEmulator | Set-BedrockConfiguration"
    $emulator | Set-BedrockConfiguration
    Get-BedrockConfiguration | Format-List | Out-Host

    Write-Step "Get-BedrockModel -Provider Anthropic"
    Get-BedrockModel -Provider Anthropic | Out-Host
    Write-Host "$(@(Get-BedrockModel).Count) models and $(@(Get-BedrockInferenceProfile).Count) inference profiles in the catalog."

    Write-Step "Invoke-BedrockConverse 'Explain DNS in one sentence'"
    $answer = Invoke-BedrockConverse 'Explain DNS in one sentence' -System 'You are concise.'
    $answer | Format-List Text, ModelId, StopReason, InputTokens, OutputTokens, LatencyMs, RequestId | Out-Host

    Write-Step "Invoke-BedrockConverse -Stream (text appears as it is generated)"
    $streamed = Invoke-BedrockConverse 'Describe a quiet harbour at dawn in a few short words' -Stream
    Write-Host "($($streamed.OutputTokens) tokens, stop reason $($streamed.StopReason))"

    Write-Step "Import-Csv prompts.csv | Invoke-BedrockConverse -ThrottleLimit 16 | Export-Csv answers.csv"
    $prompts = Join-Path $work 'prompts.csv'
    $answers = Join-Path $work 'answers.csv'
    $topics = 'DNS', 'TCP', 'TLS', 'HTTP', 'BGP', 'NAT', 'DHCP', 'ARP', 'ICMP', 'QUIC'
    1..50 | ForEach-Object {
        [pscustomobject]@{ Id = $_; Prompt = "Question $($_): what is $($topics[($_ - 1) % $topics.Count])?"; System = 'Answer in one line.' }
    } | Export-Csv -Path $prompts -NoTypeInformation
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $results = Import-Csv $prompts | Invoke-BedrockConverse -ThrottleLimit 16
    $watch.Stop()
    $results | Select-Object @{ n = 'Id'; e = { $_.Input.Id } }, Text, StopReason, InputTokens, OutputTokens, LatencyMs |
        Export-Csv -Path $answers -NoTypeInformation
    Write-Host "$($results.Count) answers in $([int]$watch.Elapsed.TotalMilliseconds) ms, written to answers.csv in input order."

    Write-Step "The results (first 10 rows of answers.csv)"
    Import-Csv $answers | Select-Object -First 10 | Format-Table Id, StopReason, InputTokens, OutputTokens, Text -AutoSize | Out-Host

    Write-Step "Answers as data: `$tickets | Invoke-BedrockConverse -JsonSchema `$schema -Flatten"
    $tickets = @(
        [pscustomobject]@{ Id = 1; Prompt = 'I was charged twice for order 1042.' }
        [pscustomobject]@{ Id = 2; Prompt = 'The app crashes when I open the settings page.' }
        [pscustomobject]@{ Id = 3; Prompt = 'Can I change the delivery address of an order?' }
    )
    $ticketSchema = [ordered]@{
        type       = 'object'
        properties = [ordered]@{
            category = @{ type = 'string'; enum = @('billing', 'bug', 'question') }
            priority = @{ type = 'integer'; minimum = 1; maximum = 5 }
            summary  = @{ type = 'string' }
        }
        required   = @('category', 'priority', 'summary')
    }
    $tickets | Invoke-BedrockConverse -JsonSchema $ticketSchema -Flatten -ThrottleLimit 3 | Format-Table Id, category, priority, summary -AutoSize | Out-Host

    Write-Step "Batch inference: Start-BedrockBatchJob | Wait-BedrockBatchJob | Receive-BedrockBatchJob"
    $batchRows = 1..120 | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Batch question $($_): what is $($topics[($_ - 1) % $topics.Count])?" } }
    $batchJob = $batchRows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://demo-batch-bucket/runs -RoleArn arn:aws:iam::123456789012:role/BedrockBatch -JobName demo-batch
    $batchJob | Wait-BedrockBatchJob -PollIntervalSec 0.25 | Format-Table | Out-Host
    $batchAnswers = @(Receive-BedrockBatchJob $batchJob.JobId)
    $batchAnswers | Select-Object -First 3 @{ n = 'Id'; e = { $_.Input.Id } }, InputTokens, OutputTokens, Text | Format-Table -AutoSize | Out-Host
    Write-Host "$($batchAnswers.Count) batch answers, joined to their rows in input order."

    Write-Step "Summary"
    $inOrder = -not (Compare-Object (1..50) ([int[]](Import-Csv $answers).Id) -SyncWindow 0)
    [pscustomobject]@{
        Rows            = $results.Count
        InInputOrder    = $inOrder
        InputTokens     = ($results | Measure-Object InputTokens -Sum).Sum
        OutputTokens    = ($results | Measure-Object OutputTokens -Sum).Sum
        ElapsedMs       = [int]$watch.Elapsed.TotalMilliseconds
        EmulatorRequests = $emulator.RequestCount
    } | Format-List | Out-Host
    if (Get-Command Get-BedrockUsage -ErrorAction SilentlyContinue) {
        Get-BedrockUsage | Out-Host
    }
}
finally {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
