<#
    Helpers shared by the Pester tests: where the built module is, where the build restored its tool packages,
    and how to run a script in a fresh pwsh (for anything that must start from a clean process).
#>

function Get-BedrockModulePath {
    <# The folder holding the built BedrockPS.psd1: $env:BEDROCKPS_MODULE_PATH, else out/BedrockPS. #>
    $path = $env:BEDROCKPS_MODULE_PATH
    if (-not $path) { $path = Join-Path $PSScriptRoot '../../../out/BedrockPS' }
    $manifest = Join-Path $path 'BedrockPS.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "No built module at '$path'. Run ./build.ps1 -Task Build, or set BEDROCKPS_MODULE_PATH."
    }
    return (Resolve-Path -LiteralPath $path).ProviderPath
}

function Get-BedrockManifestPath {
    return Join-Path (Get-BedrockModulePath) 'BedrockPS.psd1'
}

function Get-ToolPackagePath {
    <#
    .SYNOPSIS
        A file inside a NuGet package restored by build/tools/BuildTools.proj (Pester, AWSSDK.Core 3.7, ...).
    .EXAMPLE
        Get-ToolPackagePath -Package awssdk.core -Version 3.7.402 -RelativePath lib/netcoreapp3.1/AWSSDK.Core.dll
    #>
    param(
        [Parameter(Mandatory)] [string] $Package,
        [Parameter(Mandatory)] [string] $Version,
        [Parameter(Mandatory)] [string] $RelativePath
    )

    $root = $env:BEDROCKPS_TOOL_PACKAGES
    if (-not $root) { $root = Join-Path (Split-Path -Parent (Get-BedrockModulePath)) 'tools/packages' }
    $path = Join-Path $root "$($Package.ToLowerInvariant())/$Version/$RelativePath"
    if (-not (Test-Path -LiteralPath $path)) {
        throw "Tool package file '$path' is missing. ./build.ps1 -Task Build restores build/tools/BuildTools.proj."
    }
    return $path
}

function Get-PwshCommandLine {
    <# How to start a pwsh like this one: pwsh itself, or 'dotnet pwsh.dll' for the dotnet tool. #>
    $process = [Environment]::ProcessPath
    if ($process -and [IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return @($process)
}

function Invoke-FreshPwsh {
    <#
    .SYNOPSIS
        Runs a script in a new pwsh process and returns its exit code, output lines and the object it reported.
    .DESCRIPTION
        The script reports a result with Write-TestResult (defined for it): the object is sent as JSON on a
        marked line and comes back as Result. The process inherits the environment, so BEDROCKPS_MODULE_PATH is
        set. A process that runs longer than TimeoutSeconds is killed and reported as such.
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 120
    )

    $prelude = @'
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
function Write-TestResult { param($InputObject) '@@RESULT@@' + ($InputObject | ConvertTo-Json -Depth 6 -Compress) }
'@
    $file = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-test-$([guid]::NewGuid().ToString('n')).ps1"
    Set-Content -LiteralPath $file -Value ($prelude + "`n" + $Script) -Encoding utf8
    try {
        $commandLine = @(Get-PwshCommandLine)
        $start = [Diagnostics.ProcessStartInfo]::new($commandLine[0])
        foreach ($argument in @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file)) {
            $start.ArgumentList.Add($argument)
        }
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $start.Environment['BEDROCKPS_MODULE_PATH'] = Get-BedrockModulePath
        foreach ($name in $Environment.Keys) { $start.Environment[$name] = [string] $Environment[$name] }

        $process = [Diagnostics.Process]::Start($start)
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        $timedOut = -not $process.WaitForExit($TimeoutSeconds * 1000)
        if ($timedOut) { $process.Kill($true); $process.WaitForExit() }
        $lines = @($stdout.Result -split "`r?`n")
        $resultLine = $lines | Where-Object { $_.StartsWith('@@RESULT@@') } | Select-Object -Last 1
        [pscustomobject]@{
            ExitCode = if ($timedOut) { -1 } else { $process.ExitCode }
            TimedOut = $timedOut
            Output   = ($lines | Where-Object { -not $_.StartsWith('@@RESULT@@') }) -join "`n"
            Error    = $stderr.Result
            Result   = if ($resultLine) { $resultLine.Substring(10) | ConvertFrom-Json } else { $null }
        }
    }
    finally {
        Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue
    }
}

function Get-MissingBedrockCommand {
    <# The names among -Name that the built module does not export (yet). #>
    param([Parameter(Mandatory)] [string[]] $Name)

    $module = Get-Module -Name BedrockPS
    if (-not $module) { $module = Import-Module (Get-BedrockManifestPath) -PassThru }
    return @($Name | Where-Object { -not $module.ExportedCommands.ContainsKey($_) })
}

Export-ModuleMember -Function Get-BedrockModulePath, Get-BedrockManifestPath, Get-ToolPackagePath, Get-PwshCommandLine,
    Invoke-FreshPwsh, Get-MissingBedrockCommand
