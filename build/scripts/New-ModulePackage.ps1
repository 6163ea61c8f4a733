<#
.SYNOPSIS
    Writes a .nupkg of a built BedrockPS module with PSResourceGet, through a temporary local file repository.
.DESCRIPTION
    Run in its own pwsh process (publishing validates the manifest, which may load the module's assembly, and the
    build process must never hold it). Prints the path of the package it wrote.
.EXAMPLE
    pwsh -NoProfile -File build/scripts/New-ModulePackage.ps1 -ModulePath out/BedrockPS -OutputDirectory out/package
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutputDirectory
)

$ErrorActionPreference = 'Stop'
$null = New-Item -ItemType Directory -Force -Path $OutputDirectory
$module = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$output = (Resolve-Path -LiteralPath $OutputDirectory).ProviderPath
$version = (Import-PowerShellDataFile -LiteralPath (Join-Path $module 'BedrockPS.psd1')).ModuleVersion
Get-ChildItem -LiteralPath $output -Filter "BedrockPS.$version.nupkg" | Remove-Item -Force

# A uniquely named repository, removed again, so the user's repository list is left as it was.
$repository = "BedrockPS-build-$([guid]::NewGuid().ToString('n'))"
Register-PSResourceRepository -Name $repository -Uri $output -Trusted
try {
    Publish-PSResource -Path $module -Repository $repository -SkipDependenciesCheck
}
finally {
    Unregister-PSResourceRepository -Name $repository
}

$package = Join-Path $output "BedrockPS.$version.nupkg"
if (-not (Test-Path -LiteralPath $package)) { throw "Publish-PSResource did not write $package." }
Write-Output $package
