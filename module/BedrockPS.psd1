@{
    # The build writes the version from Directory.Build.props into the copy in out/BedrockPS.
    ModuleVersion        = '0.0.0'
    RootModule           = 'BedrockPS.dll'
    GUID                 = 'cce42c20-ef26-430d-95cf-4ecc12737fa1'
    Author               = 'BedrockPS contributors'
    CompanyName          = 'BedrockPS contributors'
    Copyright            = '(c) BedrockPS contributors. All rights reserved.'
    Description          = 'Amazon Bedrock from PowerShell: list models, converse with any text model (streaming, sessions, tools, CSV batches), call native model APIs, count tokens, apply guardrails, and test offline against a built-in Bedrock-compatible emulator.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('BedrockPS.Format.ps1xml')
    CmdletsToExport      = @(
        'Get-BedrockModel'
        'Get-BedrockInferenceProfile'
        'New-BedrockInferenceProfile'
        'Remove-BedrockInferenceProfile'
        'Test-BedrockModelAccess'
        'Invoke-BedrockConverse'
        'Invoke-BedrockModel'
        'Measure-BedrockToken'
        'Invoke-BedrockGuardrail'
        'New-BedrockSession'
        'Export-BedrockSession'
        'Import-BedrockSession'
        'Clear-BedrockSession'
        'Enter-BedrockChat'
        'New-BedrockTool'
        'Start-BedrockBatchJob'
        'Get-BedrockBatchJob'
        'Wait-BedrockBatchJob'
        'Stop-BedrockBatchJob'
        'Receive-BedrockBatchJob'
        'Get-BedrockUsage'
        'Set-BedrockConfiguration'
        'Get-BedrockConfiguration'
        'Start-BedrockEmulator'
        'Stop-BedrockEmulator'
        'Get-BedrockEmulator'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'Bedrock', 'AmazonBedrock', 'GenerativeAI', 'LLM', 'Converse', 'Claude', 'Emulator', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/BedrockPS/BedrockPS'
            LicenseUri   = 'https://github.com/BedrockPS/BedrockPS/blob/main/LICENSE'
            ReleaseNotes = 'First release (0.1.0): model and inference-profile listing, Converse and ConverseStream with sessions, tools and CSV batches, InvokeModel with streaming, token counting, guardrails, and a local Bedrock-compatible emulator. Every change: https://github.com/BedrockPS/BedrockPS/blob/main/CHANGELOG.md'
        }
    }
}
