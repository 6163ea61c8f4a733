<#
.SYNOPSIS
    Builds, tests, demonstrates, benchmarks and packages BedrockPS.
.DESCRIPTION
    The front door of the build; the work lives in build/**/*.ps1.
      Build    compiles the solution and lays out the importable module in out/BedrockPS.
      Test     Build, then every xunit project, Pester in a fresh pwsh against out/BedrockPS, and the JavaScript
               conformance suite; ends with one line "N passed, N failed[, N skipped]".
      Demo     Build, then runs build/Demo.ps1 in a fresh pwsh.
      Bench    Build, then runs bench/Invoke-Benchmarks.ps1 when it exists.
      Package  Build, then writes a .nupkg of the module to out/package.
      Clean    Removes out/ and every bin/ and obj/ folder.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

# build/<concern>/*.ps1 hold the build's functions; build/Demo.ps1 and build/scripts/ are scripts run in a fresh pwsh.
foreach ($helper in Get-ChildItem -Path (Join-Path $PSScriptRoot 'build/*/*.ps1')) {
    if ($helper.Directory.Name -eq 'scripts') { continue }
    . $helper.FullName
}

$context = New-BuildContext -RepositoryRoot $PSScriptRoot -Configuration $Configuration

switch ($Task) {
    'Clean' {
        Invoke-Clean -Context $context
        exit 0
    }
    'Build' {
        Invoke-ModuleBuild -Context $context
        exit 0
    }
    'Test' {
        exit (Invoke-TestTask -Context $context)
    }
    'Demo' {
        Invoke-ModuleBuild -Context $context
        exit (Invoke-ScriptInFreshPwsh -Context $context -Script (Join-Path $context.BuildDirectory 'Demo.ps1'))
    }
    'Bench' {
        Invoke-ModuleBuild -Context $context
        $benchmarks = Join-Path $context.RepositoryRoot 'bench/Invoke-Benchmarks.ps1'
        if (-not (Test-Path -LiteralPath $benchmarks)) {
            Write-Host 'No benchmarks yet: bench/Invoke-Benchmarks.ps1 does not exist.'
            exit 0
        }
        exit (Invoke-ScriptInFreshPwsh -Context $context -Script $benchmarks)
    }
    'Package' {
        Invoke-ModuleBuild -Context $context
        $package = Publish-ModulePackage -Context $context
        Write-Host "Package: $package"
        exit 0
    }
}
