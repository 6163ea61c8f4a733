# Packaging goes through the same script as ./build.ps1 -Task Package, then the package is installed the way a
# user would get it from a repository, into a temporary folder, and imported in a fresh pwsh.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $script:packScript = Join-Path $PSScriptRoot '../../build/scripts/New-ModulePackage.ps1'
    $script:version = (Import-PowerShellDataFile -LiteralPath (Get-BedrockManifestPath)).ModuleVersion
    $script:work = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-package-$([guid]::NewGuid().ToString('n'))"
    $null = New-Item -ItemType Directory -Path (Join-Path $work 'repository'), (Join-Path $work 'installed')
}

AfterAll {
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The module package' {
    It 'is written by PSResourceGet, installs from a local repository and imports and runs in a fresh pwsh' {
        $run = Invoke-FreshPwsh -Environment @{ PACK_SCRIPT = $packScript; WORK = $work; MODULE_VERSION = $version } -Script @'
$package = & $env:PACK_SCRIPT -ModulePath $env:BEDROCKPS_MODULE_PATH -OutputDirectory (Join-Path $env:WORK 'repository')

$repository = "BedrockPS-test-$([guid]::NewGuid().ToString('n'))"
Register-PSResourceRepository -Name $repository -Uri (Join-Path $env:WORK 'repository') -Trusted
try {
    $found = Find-PSResource -Name BedrockPS -Repository $repository
    Save-PSResource -Name BedrockPS -Version $env:MODULE_VERSION -Repository $repository -Path (Join-Path $env:WORK 'installed') -TrustRepository -SkipDependencyCheck
}
finally {
    Unregister-PSResourceRepository -Name $repository
}

$installed = Join-Path $env:WORK "installed/BedrockPS/$env:MODULE_VERSION"
Write-TestResult ([ordered]@{
    Package = Split-Path -Leaf $package
    FoundVersion = [string] $found.Version
    HasDependenciesFolder = Test-Path (Join-Path $installed 'dependencies/BedrockPS.Core.dll')
    HasHelp = Test-Path (Join-Path $installed 'en-US/BedrockPS.dll-Help.xml')
    HasLicense = Test-Path (Join-Path $installed 'LICENSE')
    Installed = $installed
})
'@
        $run.Result | Should -Not -BeNullOrEmpty -Because "packaging failed: $($run.Output) $($run.Error)"
        $run.Result.Package | Should -Be "BedrockPS.$version.nupkg"
        $run.Result.FoundVersion | Should -Be $version
        $run.Result.HasDependenciesFolder | Should -BeTrue
        $run.Result.HasHelp | Should -BeTrue
        $run.Result.HasLicense | Should -BeTrue

        $use = Invoke-FreshPwsh -Environment @{ INSTALLED = $run.Result.Installed } -Script @'
Import-Module (Join-Path $env:INSTALLED 'BedrockPS.psd1')
$module = Get-Module BedrockPS
$core = [System.Reflection.Assembly]::Load('BedrockPS.Core')
Write-TestResult ([ordered]@{
    Base = $module.ModuleBase
    Commands = @((Get-Command -Module BedrockPS).Name)
    CoreFrom = $core.Location
})
'@
        $use.Result | Should -Not -BeNullOrEmpty -Because "the installed module failed: $($use.Output) $($use.Error)"
        $use.Result.Base | Should -Be $run.Result.Installed
        $use.Result.Commands | Should -Not -BeNullOrEmpty
        $use.Result.CoreFrom | Should -BeLike "$($run.Result.Installed)*dependencies*BedrockPS.Core.dll"
    }
}
