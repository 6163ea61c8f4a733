<#
.SYNOPSIS
    Runs every tests/pester/*.Tests.ps1 against a built BedrockPS module and writes the counts to a JSON file.
.DESCRIPTION
    Meant to run in a fresh pwsh (build.ps1 -Task Test starts one), so the module is loaded only here.
    Test files find the module through $env:BEDROCKPS_MODULE_PATH, which this script sets.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/pester/Invoke-PesterSuite.ps1 -ModulePath out/BedrockPS
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/pester/Invoke-PesterSuite.ps1 -ModulePath out/BedrockPS -Path tests/pester/Manifest.Tests.ps1
#>
[CmdletBinding()]
param(
    # The folder holding the built BedrockPS.psd1.
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/BedrockPS'),

    # Where to write { Passed, Failed, Skipped, Problem, Failures } as JSON.
    [string] $ResultPath = (Join-Path $PSScriptRoot '../../out/test-results/pester.json'),

    # Pester's module manifest, restored from NuGet by the build; by default the version Directory.Packages.props names.
    [string] $PesterPath,

    # Test files or folders to run; all of tests/pester by default.
    [string[]] $Path = @($PSScriptRoot)
)

$ErrorActionPreference = 'Stop'

if (-not $PesterPath) {
    [xml] $packages = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../Directory.Packages.props') -Raw
    $pesterVersion = $packages.SelectSingleNode('/Project/ItemGroup/PackageVersion[@Include="Pester"]').Version
    $PesterPath = Join-Path $PSScriptRoot "../../out/tools/packages/pester/$pesterVersion/tools/Pester.psd1"
}

function Write-Result {
    param([int] $Passed, [int] $Failed, [int] $Skipped, [string] $Problem, [object[]] $Failures = @())

    $folder = Split-Path -Parent $ResultPath
    if ($folder) { $null = New-Item -ItemType Directory -Force -Path $folder }
    [ordered]@{ Passed = $Passed; Failed = $Failed; Skipped = $Skipped; Problem = $Problem; Failures = $Failures } |
        ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $ResultPath -Encoding utf8
}

if (-not (Test-Path -LiteralPath (Join-Path $ModulePath 'BedrockPS.psd1'))) {
    Write-Result -Problem "no built module at $ModulePath (run ./build.ps1 -Task Build)"
    Write-Error "No BedrockPS.psd1 in $ModulePath. Run ./build.ps1 -Task Build first." -ErrorAction Continue
    exit 1
}
if (-not (Test-Path -LiteralPath $PesterPath)) {
    Write-Result -Problem "Pester is not restored at $PesterPath"
    Write-Error "Pester not found at $PesterPath. ./build.ps1 -Task Build restores it." -ErrorAction Continue
    exit 1
}

$env:BEDROCKPS_MODULE_PATH = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
if (-not $env:BEDROCKPS_TOOL_PACKAGES) {
    $env:BEDROCKPS_TOOL_PACKAGES = Join-Path (Split-Path -Parent $env:BEDROCKPS_MODULE_PATH) 'tools/packages'
}

Import-Module -Name (Resolve-Path -LiteralPath $PesterPath).ProviderPath -Force

$testFiles = foreach ($item in $Path) {
    if (Test-Path -LiteralPath $item -PathType Container) {
        Get-ChildItem -LiteralPath $item -Filter '*.Tests.ps1' -File | ForEach-Object FullName
    }
    else {
        (Resolve-Path -LiteralPath $item).ProviderPath
    }
}
if (-not $testFiles) {
    Write-Result -Problem 'no *.Tests.ps1 file found'
    exit 1
}

$configuration = New-PesterConfiguration
$configuration.Run.Path = [string[]] $testFiles
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.StackTraceVerbosity = 'Filtered'
$result = Invoke-Pester -Configuration $configuration

# A test whose BeforeAll failed carries no error itself: the message sits on its block.
function Get-FailureMessage {
    param($Item)
    $current = $Item
    while ($current) {
        $record = @($current.ErrorRecord) | Select-Object -First 1
        if ($record) { return "$record" }
        $current = if ($current.PSObject.Properties['Block']) { $current.Block }
        elseif ($current.PSObject.Properties['Parent']) { $current.Parent }
        else { $null }
    }
    return ''
}

# Failed blocks count only when no test inside them failed already (a failing AfterAll, say); a file that fails
# before its tests run (syntax error, failing discovery) counts as one failure.
$failedTests = @($result.Failed)
$extraBlocks = @($result.FailedBlocks | Where-Object {
        $prefix = $_.ExpandedPath + '.'
        -not @($failedTests | Where-Object { $_.ExpandedPath.StartsWith($prefix) }).Count
    })
$failures = @(
    foreach ($test in $failedTests) { [ordered]@{ Test = $test.ExpandedPath; Message = Get-FailureMessage $test } }
    foreach ($block in $extraBlocks) { [ordered]@{ Test = $block.ExpandedPath; Message = Get-FailureMessage $block } }
    foreach ($container in $result.FailedContainers) {
        [ordered]@{ Test = "$($container.Item)"; Message = ($container.ErrorRecord | Select-Object -First 1 | ForEach-Object { "$_" }) }
    }
)
$failed = $failures.Count
Write-Result -Passed $result.PassedCount -Failed $failed -Skipped ($result.SkippedCount + $result.NotRunCount) -Failures $failures

if ($failures.Count) {
    Write-Host "`nPester failures:" -ForegroundColor Red
    foreach ($failure in $failures) {
        Write-Host "  - $($failure.Test)" -ForegroundColor Red
        Write-Host "      $($failure.Message -replace "`n", "`n      ")"
    }
}
exit ([int] ($failed -gt 0))
