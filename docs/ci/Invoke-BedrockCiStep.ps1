<#
.SYNOPSIS
    One CI step with BedrockPS: check the model can be used here, answer every prompt of a CSV file, write the
    answers to a CSV file, and fail the step (non-zero exit code) when anything went wrong.
.DESCRIPTION
    Credentials come from the environment, as on any CI runner: web identity (AWS_ROLE_ARN and
    AWS_WEB_IDENTITY_TOKEN_FILE, from the runner's OpenID Connect token), a profile, keys, or a Bedrock API key.
    With -Emulator the step starts the BedrockPS emulator in this process and talks only to it, so pull-request
    builds spend nothing and need no AWS identity.

    The step:
      1. Test-BedrockModelAccess: stops with the reasons when the model cannot be used (no request to the model).
      2. Import-Csv | Invoke-BedrockConverse -ThrottleLimit N: every row answered, in input order.
      3. Export-Csv: each input row's columns, then Answer, StopReason, InputTokens, OutputTokens, ModelId.
      4. Get-BedrockUsage: calls and tokens per model id, printed for the build log.
    A row that fails is reported and makes the step fail after the others were answered and written.
.EXAMPLE
    pwsh -NoProfile -File docs/ci/Invoke-BedrockCiStep.ps1 -PromptFile prompts.csv -AnswerFile out/answers.csv -ModelId us.anthropic.claude-haiku-4-5-20251001-v1:0
.EXAMPLE
    pwsh -NoProfile -File docs/ci/Invoke-BedrockCiStep.ps1 -PromptFile prompts.csv -AnswerFile out/answers.csv -ModelId us.anthropic.claude-haiku-4-5-20251001-v1:0 -Emulator
#>
[CmdletBinding()]
param(
    # A CSV file with a Prompt column (or Message / Text); other columns are copied to the answers.
    [Parameter(Mandatory)] [string] $PromptFile,
    # Where the answers go (the folder is created).
    [Parameter(Mandatory)] [string] $AnswerFile,
    # A foundation model id, an inference profile id, or an application inference profile ARN (spend per pipeline).
    [Parameter(Mandatory)] [string] $ModelId,
    # Requests in flight at once.
    [ValidateRange(1, 64)] [int] $ThrottleLimit = 4,
    # Answer from the BedrockPS emulator instead of Bedrock (pull-request builds).
    [switch] $Emulator,
    # The BedrockPS module to import: a name or the path of BedrockPS.psd1.
    [string] $Module = 'BedrockPS'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
Import-Module $Module

$emulatorInfo = $null
if ($Emulator) {
    $emulatorInfo = Start-BedrockEmulator
    $emulatorInfo | Set-BedrockConfiguration
    Write-Host "Using the BedrockPS emulator at $($emulatorInfo.EndpointUrl): nothing is sent to AWS."
}
try {
    $access = Test-BedrockModelAccess -ModelId $ModelId
    if (-not $access.Usable) {
        throw "The model '$ModelId' cannot be used in $($access.Region): $($access.Reasons -join ' ')"
    }
    Write-Host "Preflight passed: $ModelId ($($access.FoundationModelId)) is usable in $($access.Region)."

    $rows = @(Import-Csv -LiteralPath $PromptFile)
    if ($rows.Count -eq 0) { throw "The prompt file '$PromptFile' has no rows." }
    $folder = Split-Path -Parent $AnswerFile
    if ($folder) { $null = New-Item -ItemType Directory -Force -Path $folder }

    $failures = @()
    $rows | Invoke-BedrockConverse -ModelId $ModelId -ThrottleLimit $ThrottleLimit -ErrorAction Continue -ErrorVariable +failures |
        ForEach-Object {
            $answer = [ordered]@{}
            foreach ($column in $_.Input.PSObject.Properties) { $answer[$column.Name] = $column.Value }
            $answer['Answer'] = $_.Text
            $answer['StopReason'] = $_.StopReason
            $answer['InputTokens'] = $_.InputTokens
            $answer['OutputTokens'] = $_.OutputTokens
            $answer['ModelId'] = $_.ModelId
            [pscustomobject] $answer
        } |
        Export-Csv -LiteralPath $AnswerFile -NoTypeInformation -Encoding utf8

    Get-BedrockUsage | Format-Table -AutoSize | Out-String | Write-Host
    if ($failures.Count -gt 0) {
        throw "$($failures.Count) of $($rows.Count) prompts failed; the other answers are in '$AnswerFile'."
    }
    Write-Host "Answered $($rows.Count) prompts into '$AnswerFile'."
}
finally {
    if ($emulatorInfo) { $emulatorInfo | Stop-BedrockEmulator }
}
