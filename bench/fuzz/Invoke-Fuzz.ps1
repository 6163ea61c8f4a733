<#
.SYNOPSIS
    Coverage-guided fuzzing of the event-stream frame reader and the session file reader with SharpFuzz and AFL++.
.DESCRIPTION
    Publishes bench/fuzz/BedrockPS.Fuzz, instruments BedrockPS.Core.dll (and AWSSDK.Core.dll, whose message parser the
    frame reader uses) with the SharpFuzz command-line tool, then runs afl-fuzz from the committed corpus in
    bench/fuzz/corpus/<target> for -Seconds. Every crash AFL keeps is copied to bench/fuzz/crashes/<target>/ and
    replayed once to print its exception; turn each into a regular test, then delete the file.
    Needs afl-fuzz on the PATH (Debian: apt-get install afl++). Work files go to out/fuzz.
.EXAMPLE
    dotnet pwsh ./bench/fuzz/Invoke-Fuzz.ps1 -Target eventstream -Seconds 300
#>
[CmdletBinding()]
param(
    [ValidateSet('eventstream', 'session')] [string[]] $Target = @('eventstream', 'session'),
    [int] $Seconds = 120
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$repo = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$work = Join-Path $repo 'out/fuzz'

if (-not (Get-Command afl-fuzz -ErrorAction SilentlyContinue)) {
    throw 'afl-fuzz is not on the PATH. On Debian or Ubuntu: apt-get install afl++'
}
$tools = Join-Path $work 'tools'
$sharpfuzz = Join-Path $tools 'sharpfuzz'
if (-not (Test-Path -LiteralPath $sharpfuzz)) {
    & dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path $tools | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'Could not install the SharpFuzz.CommandLine tool.' }
}

foreach ($name in $Target) {
    # A fresh publish per target: SharpFuzz instruments assemblies in place, and only once.
    $bin = Join-Path $work "bin-$name"
    if (Test-Path -LiteralPath $bin) { Remove-Item -LiteralPath $bin -Recurse -Force }
    & dotnet publish (Join-Path $PSScriptRoot 'BedrockPS.Fuzz') -c Release -o $bin -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'The fuzzing targets did not build.' }
    foreach ($assembly in 'BedrockPS.Core.dll', 'AWSSDK.Core.dll') {
        & $sharpfuzz (Join-Path $bin $assembly) | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "SharpFuzz could not instrument $assembly." }
    }

    $findings = Join-Path $work "findings-$name"
    if (Test-Path -LiteralPath $findings) { Remove-Item -LiteralPath $findings -Recurse -Force }
    # dotnet itself is not instrumented (the assemblies are), so AFL's binary check is skipped; no UI without a terminal.
    $env:AFL_SKIP_BIN_CHECK = '1'
    $env:AFL_NO_UI = '1'
    $env:AFL_NO_AFFINITY = '1'
    $env:AFL_SKIP_CPUFREQ = '1'
    $env:AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES = '1'
    Write-Host "Fuzzing $name for $Seconds s..."
    & afl-fuzz -V $Seconds -i (Join-Path $PSScriptRoot "corpus/$name") -o $findings -t 10000 -m none -- dotnet (Join-Path $bin 'BedrockPS.Fuzz.dll') $name |
        Select-Object -Last 15 | Out-Host

    $stats = Join-Path $findings 'default/fuzzer_stats'
    if (Test-Path -LiteralPath $stats) {
        Get-Content -LiteralPath $stats | Where-Object { $_ -match '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)\s' } | Out-Host
    }
    $crashes = @(Get-ChildItem -Path (Join-Path $findings 'default/crashes') -Filter 'id*' -ErrorAction SilentlyContinue)
    Write-Host "$name`: $($crashes.Count) crash(es)"
    if ($crashes.Count -gt 0) {
        $keep = Join-Path $PSScriptRoot "crashes/$name"
        $null = New-Item -ItemType Directory -Path $keep -Force
        foreach ($crash in $crashes) {
            $copy = Join-Path $keep ($crash.Name -replace '[^A-Za-z0-9_.-]', '_')
            Copy-Item -LiteralPath $crash.FullName -Destination $copy
            Write-Host "--- $copy"
            & dotnet (Join-Path $bin 'BedrockPS.Fuzz.dll') $name $copy 2>&1 | Select-Object -First 12 | Out-Host
        }
    }
}
