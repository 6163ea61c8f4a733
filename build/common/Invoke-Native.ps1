function Invoke-Native {
    <#
    .SYNOPSIS
        Runs an external program, echoing its output, and throws with a clear message when it fails.
    #>
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [string] $WorkingDirectory,
        [string] $Description = $FilePath,
        [switch] $AllowFailure
    )

    if ($WorkingDirectory) { Push-Location -LiteralPath $WorkingDirectory }
    try {
        & $FilePath @ArgumentList | Out-Host
        $exitCode = $LASTEXITCODE
    }
    finally {
        if ($WorkingDirectory) { Pop-Location }
    }

    if ($exitCode -ne 0 -and -not $AllowFailure) {
        throw "$Description failed with exit code $exitCode."
    }
    return $exitCode
}

function Get-PwshCommandLine {
    <#
    .SYNOPSIS
        How to start a fresh PowerShell like the one running the build: pwsh itself, or the dotnet tool host.
    #>
    $process = [Environment]::ProcessPath
    if ($process -and [IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    if ($process -and [IO.Path]::GetFileNameWithoutExtension($process) -eq 'pwsh') {
        return @($process)
    }
    return @('pwsh')
}

function Invoke-ScriptInFreshPwsh {
    <#
    .SYNOPSIS
        Runs a script in a new pwsh process so the build never loads (and locks) the module's assemblies.
    #>
    param(
        [Parameter(Mandatory)] $Context,
        [Parameter(Mandatory)] [string] $Script,
        [string[]] $ArgumentList = @()
    )

    $commandLine = @(Get-PwshCommandLine)
    $arguments = @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $Script) + $ArgumentList
    $env:BEDROCKPS_MODULE_PATH = $Context.ModuleDirectory
    & $commandLine[0] @arguments | Out-Host
    return $LASTEXITCODE
}
