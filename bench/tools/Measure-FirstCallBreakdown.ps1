<#
.SYNOPSIS
    Where a CI step's first call spends its time (the diagnosis behind scenario 11). Run in a fresh pwsh with the
    client environment of an emulator (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME): prints, for Import-Module, the first Invoke-BedrockConverse and a second one,
    the wall time, the methods JIT-compiled and the time spent compiling them ([System.Runtime.JitInfo]), and the
    assemblies each step loaded.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/tools/Measure-FirstCallBreakdown.ps1 -ModulePath out/BedrockPS -ModelId us.anthropic.claude-haiku-4-5-20251001-v1:0
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ModelId
)
$ErrorActionPreference = 'Stop'
$sinceStart = ([DateTime]::Now - [Diagnostics.Process]::GetCurrentProcess().StartTime).TotalMilliseconds

function Measure-Step {
    param([string] $Name, [scriptblock] $Action)
    $assembliesBefore = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name })
    $methodsBefore = [System.Runtime.JitInfo]::GetCompiledMethodCount($false)
    $jitBefore = [System.Runtime.JitInfo]::GetCompilationTime($false)
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $null = & $Action
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $jit = ([System.Runtime.JitInfo]::GetCompilationTime($false) - $jitBefore).TotalMilliseconds
    $methods = [System.Runtime.JitInfo]::GetCompiledMethodCount($false) - $methodsBefore
    $loaded = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name } | Where-Object { $_ -notin $assembliesBefore } | Sort-Object)
    [pscustomobject]@{ Step = $Name; WallMs = [math]::Round($elapsed); JitMs = [math]::Round($jit); JitMethods = $methods; Assemblies = ($loaded -join ', ') }
}

$steps = @(
    Measure-Step 'Import-Module' { Import-Module $ModulePath }
    Measure-Step 'first Invoke-BedrockConverse' { Invoke-BedrockConverse -ModelId $ModelId -Message 'first' }
    Measure-Step 'second Invoke-BedrockConverse' { Invoke-BedrockConverse -ModelId $ModelId -Message 'second' }
)
"process start to script start: {0:N0} ms (JIT so far {1:N0} ms)" -f $sinceStart, ([System.Runtime.JitInfo]::GetCompilationTime($false).TotalMilliseconds - ($steps | Measure-Object JitMs -Sum).Sum)
$steps | Format-List
