<#
.SYNOPSIS
    The BedrockPS demo, run by ./build.ps1 -Task Demo in a fresh pwsh against the built module.
.DESCRIPTION
    For now it imports the module and shows its commands; it grows into the main scenarios against the emulator.
#>
[CmdletBinding()]
param(
    [string] $ModulePath = $(if ($env:BEDROCKPS_MODULE_PATH) { $env:BEDROCKPS_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/BedrockPS' })
)

$ErrorActionPreference = 'Stop'
Import-Module -Name (Join-Path $ModulePath 'BedrockPS.psd1')

$module = Get-Module -Name BedrockPS
Write-Host "BedrockPS $($module.Version) imported from $($module.ModuleBase)"
Get-Command -Module BedrockPS | Sort-Object Name | Format-Table -Property CommandType, Name, Version -AutoSize | Out-Host
