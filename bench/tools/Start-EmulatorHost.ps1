<#
.SYNOPSIS
    Serves the BedrockPS emulator in its own process for the benchmarks, so that the client measured and the server
    do not share a process (they still share the machine's cores, as every baseline does).
.DESCRIPTION
    Loads BedrockPS.Emulator.dll from the built module's dependencies folder, starts it on a free loopback port,
    prints "Listening on URL", and serves until standard input closes.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $LatencyMs = 0,
    [int] $StreamDelayMs = 0,
    [double] $ThrottleAboveRequestsPerSecond = 0,
    [string] $ScenarioPath,
    # Batch jobs (scenario 9): time per job state, and a folder for the embedded S3 endpoint's objects.
    [int] $BatchStepDelayMs = -1,
    [string] $S3DataDirectory
)

$ErrorActionPreference = 'Stop'
Add-Type -Path (Join-Path $ModulePath 'dependencies/BedrockPS.Emulator.dll')

$options = [BedrockPS.Emulator.EmulatorOptions]::new()
# The benchmark makes a fresh key pair per run and hands it over in the environment, never on a command line.
if ($env:BENCH_EMULATOR_ACCESS_KEY_ID) { $options.AccessKeyId = $env:BENCH_EMULATOR_ACCESS_KEY_ID }
if ($env:BENCH_EMULATOR_SECRET_ACCESS_KEY) { $options.SecretAccessKey = $env:BENCH_EMULATOR_SECRET_ACCESS_KEY }
$options.Latency = [TimeSpan]::FromMilliseconds($LatencyMs)
$options.StreamDelay = [TimeSpan]::FromMilliseconds($StreamDelayMs)
if ($ThrottleAboveRequestsPerSecond -gt 0) {
    $faults = [BedrockPS.Emulator.FaultSettings]::new()
    $faults.ThrottleAboveRequestsPerSecond = $ThrottleAboveRequestsPerSecond
    $options.Faults = $faults
}
if ($ScenarioPath) { $options.ScenarioPath = $ScenarioPath }
if ($BatchStepDelayMs -ge 0 -or $S3DataDirectory) {
    $batch = [BedrockPS.Emulator.BatchSettings]::new()
    if ($BatchStepDelayMs -ge 0) { $batch.StepDelay = [TimeSpan]::FromMilliseconds($BatchStepDelayMs) }
    if ($S3DataDirectory) { $batch.S3DataDirectory = $S3DataDirectory }
    $options.Batch = $batch
}

$emulator = [BedrockPS.Emulator.BedrockEmulator]::Start($options)
try {
    [Console]::Out.WriteLine('Listening on ' + $emulator.EndpointUrl)
    [Console]::Out.WriteLine('S3 endpoint ' + $emulator.S3EndpointUrl)
    [Console]::Out.Flush()
    while ($null -ne [Console]::In.ReadLine()) { }
    [Console]::Out.WriteLine('Requests ' + $emulator.RequestCount)
    [Console]::Out.Flush()
}
finally {
    $emulator.Dispose()
}
