function Write-PrecompiledDependency {
    <#
    .SYNOPSIS
        Adds ReadyToRun copies of the first call's assemblies to dependencies/net10.0-<platform>, for the platform
        the build runs on; returns the files written.
    .DESCRIPTION
        A fresh PowerShell 7 process (a CI step) otherwise spends most of its first BedrockPS call in the JIT. The
        copies come from the files just laid out in dependencies/ (same IL, native code added), so every edition
        still loads the same assemblies; the module loader picks the folder only on a matching runtime and platform
        (src/BedrockPS/Loading/PrecompiledCode.cs). A platform without a ReadyToRun compiler gets a warning and a
        module that JIT-compiles, as before.
    #>
    param(
        [Parameter(Mandatory)] $Context,
        [Parameter(Mandatory)] [string] $Dependencies
    )

    $platform = Get-PrecompiledPlatform
    if (-not $platform) {
        Write-Warning "No ReadyToRun target for $([System.Runtime.InteropServices.RuntimeInformation]::OSDescription) $([System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture): the module will JIT-compile its first call."
        return @()
    }

    $project = Join-Path $Context.BuildDirectory 'readytorun/BedrockPS.ReadyToRun.csproj'
    $staging = Join-Path $Context.OutDirectory "obj/readytorun/$platform"
    $exitCode = Invoke-Native -FilePath 'dotnet' -Description 'ReadyToRun compilation' -AllowFailure -ArgumentList @(
        'publish', $project, '--configuration', $Context.Configuration, '--runtime', $platform, '--no-self-contained',
        '--nologo', '-v:quiet', '--output', $staging, "-p:ModuleDependencies=$Dependencies")
    if ($exitCode -ne 0) {
        Write-Warning "ReadyToRun compilation for $platform failed (exit code $exitCode): the module will JIT-compile its first call."
        return @()
    }

    $target = Join-Path $Dependencies "net10.0-$platform"
    $null = New-Item -ItemType Directory -Force -Path $target
    [xml] $projectXml = Get-Content -LiteralPath $project -Raw
    $inputs = @($projectXml.Project.ItemGroup.ReadyToRunInput | Where-Object { $_ } | ForEach-Object { $_.Include -split ';' } |
        ForEach-Object { Split-Path -Leaf $_ })
    foreach ($name in $inputs) {
        $destination = Join-Path $target $name
        Copy-FileIfChanged -Source (Join-Path $staging $name) -Destination $destination
        $destination
    }
}

function Get-PrecompiledPlatform {
    <# The runtime identifier the module loader looks for on this machine (its PrecompiledCode names the same). #>
    $os = if ($IsLinux) { 'linux' } elseif ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { $null }
    $cpu = switch ([System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture) {
        'X64' { 'x64' }
        'Arm64' { 'arm64' }
        default { $null }
    }
    if ($os -and $cpu) { "$os-$cpu" }
}
