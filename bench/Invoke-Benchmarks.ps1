<#
.SYNOPSIS
    Runs the BedrockPS benchmarks on the emulator, prints a table of ratios against baselines measured in the same run,
    and writes bench/results/latest.json.
.DESCRIPTION
    Every scenario of issue 8 (see bench/README.md) runs its clients in fresh processes against an emulator in its own
    process. Figures are medians over repeated, interleaved runs; the run counts are in the table.
    Needs the built module (./build.ps1 -Task Build, or -ModulePath), the .NET SDK (builds the C# floor) and Node
    (installs bench/js from its lock file on first use).
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench
.EXAMPLE
    dotnet pwsh ./bench/Invoke-Benchmarks.ps1 -Scenario 2,3 -ModulePath ./out/BedrockPS
#>
[CmdletBinding()]
param(
    [string] $ModulePath = $(if ($env:BEDROCKPS_MODULE_PATH) { $env:BEDROCKPS_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/BedrockPS' }),

    # Scenario numbers; "2,3" works too (pwsh -File passes a list as one string). Scenario 9 (a million rows, about
    # 15 minutes) runs only when named.
    [string[]] $Scenario = @('1', '2', '3', '4', '5', '6', '7', '8', '10', '11', '12'),

    # Rows for scenario 9 (its baseline is a tenth of them); -Rows 100000 is a quick check.
    [int] $Rows = 1000000,

    [string] $ResultPath = (Join-Path $PSScriptRoot 'results/latest.json')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$PSStyle.OutputRendering = 'PlainText'
foreach ($tool in 'Processes.ps1', 'Statistics.ps1', 'BenchContext.ps1') { . (Join-Path $PSScriptRoot "tools/$tool") }
foreach ($runner in Get-ChildItem -Path (Join-Path $PSScriptRoot 'runners/*.ps1')) { . $runner.FullName }

# A new variable: assigning to the [string[]] parameter would turn the numbers back into strings ('5' -gt '12').
[int[]] $selected = @($Scenario -split ',' | ForEach-Object { [int]$_.Trim() })
if ($selected | Where-Object { $_ -lt 1 -or $_ -gt 12 }) { throw 'Scenarios are numbered 1 to 12.' }
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
if (-not (Test-Path -LiteralPath (Join-Path $ModulePath 'BedrockPS.psd1'))) { throw "No built module at '$ModulePath'. Run ./build.ps1 -Task Build first." }
$context = New-BenchContext -ModulePath $ModulePath -BenchRoot $PSScriptRoot
$started = Get-Date

if ($selected | Where-Object { $_ -in 2, 3, 6, 8 }) {
    Write-Host 'Building the C# floor (bench/BedrockPS.Bench.Floor)...'
    $floorOutput = Join-Path $PSScriptRoot 'BedrockPS.Bench.Floor/bin/bench'
    $buildLog = & dotnet build (Join-Path $PSScriptRoot 'BedrockPS.Bench.Floor') -c Release -o $floorOutput -nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "The C# floor did not build:`n$($buildLog -join "`n")" }
    $context.FloorPath = Join-Path $floorOutput ($(if ($IsWindows) { 'BedrockPS.Bench.Floor.exe' } else { 'BedrockPS.Bench.Floor' }))
}
if (($selected | Where-Object { $_ -in 3, 11 }) -and -not (Test-Path -LiteralPath (Join-Path $PSScriptRoot 'js/node_modules/@aws-sdk/client-bedrock-runtime'))) {
    Write-Host 'Installing the JavaScript baseline (npm ci in bench/js)...'
    Push-Location (Join-Path $PSScriptRoot 'js')
    try {
        $npmLog = & npm ci --no-audit --no-fund 2>&1
        if ($LASTEXITCODE -ne 0) { throw "npm ci failed in bench/js:`n$($npmLog -join "`n")" }
    }
    finally { Pop-Location }
}

$results = [Collections.Generic.List[object]]::new()
$steps = [ordered]@{
    1 = { Invoke-ImportScenario -Context $context }
    2 = { Invoke-SequentialScenario -Context $context }
    4 = { Invoke-CsvBatchScenario -Context $context }
    5 = { Invoke-ThrottledScenario -Context $context }
    6 = { Invoke-StreamLagScenario -Context $context }
    7 = { Invoke-SessionFileScenario -Context $context }
    8 = { Invoke-LargeStreamScenario -Context $context }
    9 = { Invoke-ManyRowsScenario -Context $context -Rows $Rows }
    10 = { Invoke-BatchRunScenario -Context $context }
    11 = { Invoke-ColdStartScenario -Context $context }
    12 = { Invoke-StructuredRowsScenario -Context $context }
}
foreach ($step in $steps.GetEnumerator()) {
    $id = $step.Key
    # Scenario 3 shares its runs with scenario 2 (the same prompts, interleaved with the floor).
    if (-not (($selected -contains $id) -or ($id -eq 2 -and $selected -contains 3))) { continue }
    Write-Host "Scenario $id..."
    $clock = [Diagnostics.Stopwatch]::StartNew()
    try {
        foreach ($row in @(& $step.Value)) {
            if (($selected -contains $row.Id) -or $row.Id -eq $id) { $results.Add($row) }
        }
    }
    catch {
        Write-Host "  failed: $($_.Exception.Message)`n$($_.ScriptStackTrace)"
        $results.Add((New-ScenarioResult -Id $id -Name 'did not run' -Measured "error: $($_.Exception.Message)" -Baseline '-' -Figure '-' -Target '-' -Met $false -Runs '-'))
    }
    Write-Host ('  done in {0:N0} s' -f $clock.Elapsed.TotalSeconds)
}

$machine = '{0} cores, {1}, .NET {2}, PowerShell {3}, Node {4}' -f [Environment]::ProcessorCount,
    ($(if (Test-Path /etc/os-release) { (Get-Content /etc/os-release | Where-Object { $_ -like 'PRETTY_NAME=*' }) -replace 'PRETTY_NAME=|"', '' } else { [Runtime.InteropServices.RuntimeInformation]::OSDescription })),
    [Environment]::Version, $PSVersionTable.PSVersion, ((& node --version) -replace '^v', '')
$elapsed = (Get-Date) - $started

Write-Host ''
Write-Host "BedrockPS benchmarks, $($started.ToUniversalTime().ToString('yyyy-MM-dd HH:mm')) UTC, $machine; $([int]$elapsed.TotalSeconds) s"
# A markdown table: readable in a console, and ready to paste into a README.
Write-Host '| # | Scenario | Measured | Baseline | Figure | Target | Met | Runs |'
Write-Host '|---|---|---|---|---|---|---|---|'
foreach ($row in $results) {
    Write-Host ('| {0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} |' -f $row.Id, $row.Name, $row.Measured, $row.Baseline, $row.Figure, $row.Target, $(if ($row.Met) { 'yes' } else { '**no**' }), $row.Runs)
}
Write-Host ''

$null = New-Item -ItemType Directory -Path (Split-Path -Parent $ResultPath) -Force
[ordered]@{
    date = $started.ToUniversalTime().ToString('o')
    machine = $machine
    module = $ModulePath
    elapsedSeconds = [math]::Round($elapsed.TotalSeconds)
    scenarios = @($results | ForEach-Object {
        [ordered]@{ id = $_.Id; name = $_.Name; measured = $_.Measured; baseline = $_.Baseline; figure = $_.Figure; target = $_.Target; met = $_.Met; runs = $_.Runs; data = $_.Data }
    })
} | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $ResultPath -Encoding utf8NoBOM
Write-Host "Results written to $ResultPath"
# A missed target is a result, reported in the table; a scenario that could not run is a failure.
exit $(if ($results | Where-Object { $_.Name -eq 'did not run' }) { 1 } else { 0 })
