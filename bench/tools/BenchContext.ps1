# What every scenario runner needs: the module, the tools, the emulator's key pair and the client environment.

function New-BenchContext {
    param([Parameter(Mandatory)] [string] $ModulePath, [Parameter(Mandatory)] [string] $BenchRoot)
    $bytes = [byte[]]::new(24)
    [Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
    $accessKeyId = 'AKIABENCH' + (-join ($bytes[0..5] | ForEach-Object { $_.ToString('X2') }))
    $secretAccessKey = [Convert]::ToBase64String($bytes)
    [pscustomobject]@{
        ModulePath = $ModulePath
        BenchRoot = $BenchRoot
        Pwsh = @(Get-PwshCommandLine)
        FloorPath = $null
        ModelId = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
        # Emulator and clients agree on this pair; the environment carries it, so it never shows on a command line.
        EmulatorEnvironment = @{
            BENCH_EMULATOR_ACCESS_KEY_ID = $accessKeyId
            BENCH_EMULATOR_SECRET_ACCESS_KEY = $secretAccessKey
        }
        ClientEnvironment = @{
            AWS_ACCESS_KEY_ID = $accessKeyId
            AWS_SECRET_ACCESS_KEY = $secretAccessKey
            AWS_SESSION_TOKEN = ''
            AWS_REGION = 'us-east-1'
            AWS_PROFILE = ''
            AWS_BEARER_TOKEN_BEDROCK = ''
            BEDROCKPS_MODULE_PATH = $ModulePath
        }
    }
}

function Get-ClientEnvironment {
    <# The client environment pointed at one emulator (or relay) URL. #>
    param([Parameter(Mandatory)] $Context, [Parameter(Mandatory)] [string] $EndpointUrl)
    $environment = $Context.ClientEnvironment.Clone()
    $environment.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = $EndpointUrl
    $environment.AWS_ENDPOINT_URL_BEDROCK = $EndpointUrl
    $environment
}

function Invoke-PwshWorker {
    <# Runs bench/scenarios/<Script> in a fresh pwsh with the client environment and returns its JSON result. #>
    param(
        [Parameter(Mandatory)] $Context,
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [hashtable] $Environment,
        [string[]] $ArgumentList = @(),
        [int] $TimeoutSeconds = 300
    )
    $arguments = @($Context.Pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File',
        (Join-Path $Context.BenchRoot "scenarios/$Script")) + $ArgumentList
    Invoke-JsonProcess -FilePath $Context.Pwsh[0] -ArgumentList $arguments -Environment $Environment -TimeoutSeconds $TimeoutSeconds
}

function Start-ContextEmulator {
    param(
        [Parameter(Mandatory)] $Context,
        [int] $LatencyMs = 0,
        [int] $StreamDelayMs = 0,
        [double] $ThrottleAboveRequestsPerSecond = 0,
        [string] $ScenarioPath,
        [int] $BatchStepDelayMs = -1,
        [string] $S3DataDirectory
    )
    $pwsh = $Context.Pwsh
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', (Join-Path $Context.BenchRoot 'tools/Start-EmulatorHost.ps1'),
        '-ModulePath', $Context.ModulePath, '-LatencyMs', $LatencyMs, '-StreamDelayMs', $StreamDelayMs,
        '-ThrottleAboveRequestsPerSecond', $ThrottleAboveRequestsPerSecond.ToString([cultureinfo]::InvariantCulture))
    if ($ScenarioPath) { $arguments += @('-ScenarioPath', $ScenarioPath) }
    if ($BatchStepDelayMs -ge 0) { $arguments += @('-BatchStepDelayMs', $BatchStepDelayMs) }
    if ($S3DataDirectory) { $arguments += @('-S3DataDirectory', $S3DataDirectory) }
    Start-ServerProcess -FilePath $pwsh[0] -ArgumentList $arguments -Environment $Context.EmulatorEnvironment
}

function New-ScenarioResult {
    <# One row of the results table. #>
    param(
        [Parameter(Mandatory)] [int] $Id,
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [string] $Measured,
        [Parameter(Mandatory)] [string] $Baseline,
        [Parameter(Mandatory)] [string] $Figure,
        [Parameter(Mandatory)] [string] $Target,
        [Parameter(Mandatory)] [bool] $Met,
        [Parameter(Mandatory)] [string] $Runs,
        [hashtable] $Data = @{}
    )
    [pscustomobject]@{ Id = $Id; Name = $Name; Measured = $Measured; Baseline = $Baseline; Figure = $Figure; Target = $Target; Met = $Met; Runs = $Runs; Data = $Data }
}
