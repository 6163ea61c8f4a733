BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $script:manifestPath = Get-BedrockManifestPath
    $script:manifest = Import-PowerShellDataFile -LiteralPath $manifestPath
    $script:repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath

    # The cmdlets the assembly really defines, found by reflection in a fresh process so this one stays clean.
    $probe = Invoke-FreshPwsh -Script @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$assembly = (Get-Module BedrockPS).ImplementingAssembly
$names = foreach ($type in $assembly.GetExportedTypes()) {
    $attribute = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) | Select-Object -First 1
    if ($attribute -and -not $type.IsAbstract) { "$($attribute.VerbName)-$($attribute.NounName)" }
}
Write-TestResult @{ Defined = @($names); Exported = @((Get-Module BedrockPS).ExportedCmdlets.Keys) }
'@
    if (-not $probe.Result) { throw "Could not list the module's cmdlets: $($probe.Output) $($probe.Error)" }
    $script:definedCmdlets = @($probe.Result.Defined | Sort-Object)
    $script:exportedCmdlets = @($probe.Result.Exported | Sort-Object)
}

Describe 'The BedrockPS manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'carries the version of Directory.Build.props' {
        [xml] $props = Get-Content -LiteralPath (Join-Path $repositoryRoot 'Directory.Build.props') -Raw
        $version = ($props.Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1) -split '-' | Select-Object -First 1
        $manifest.ModuleVersion | Should -Be $version
    }

    It 'declares both editions and Windows PowerShell 5.1 as the minimum' {
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.CompatiblePSEditions | Should -Be @('Core', 'Desktop')
    }

    It 'exports no functions, variables or aliases' {
        $manifest.FunctionsToExport | Should -BeNullOrEmpty
        $manifest.VariablesToExport | Should -BeNullOrEmpty
        $manifest.AliasesToExport | Should -BeNullOrEmpty
        $manifest.CmdletsToExport | Should -Not -Contain '*'
    }

    It 'has the gallery metadata (tags, project and licence URIs, release notes)' {
        $data = $manifest.PrivateData.PSData
        $data.Tags | Should -Contain 'Bedrock'
        $data.ProjectUri | Should -Match '^https://'
        $data.LicenseUri | Should -Match '^https://'
        $data.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'points LicenseUri and ReleaseNotes at the LICENSE and CHANGELOG.md the repository holds' {
        $data = $manifest.PrivateData.PSData
        $data.LicenseUri | Should -Be "$($data.ProjectUri)/blob/main/LICENSE"
        $data.ReleaseNotes | Should -BeLike "*$($data.ProjectUri)/blob/main/CHANGELOG.md*"
        Get-Content -Raw -LiteralPath (Join-Path $repositoryRoot 'LICENSE') | Should -Match '^MIT License'
        $changelog = Get-Content -Raw -LiteralPath (Join-Path $repositoryRoot 'CHANGELOG.md')
        $changelog | Should -Match '(?m)^## \[Unreleased\]'
        $changelog | Should -Match "(?m)^## \[$([regex]::Escape($manifest.ModuleVersion))\]"
    }

    It 'ships the repository LICENSE beside the manifest' {
        $shipped = Join-Path (Split-Path $manifestPath) 'LICENSE'
        (Get-FileHash -LiteralPath $shipped).Hash | Should -Be (Get-FileHash -LiteralPath (Join-Path $repositoryRoot 'LICENSE')).Hash
    }

    It 'lists every cmdlet the assembly defines' {
        $unlisted = @($definedCmdlets | Where-Object { $manifest.CmdletsToExport -notcontains $_ })
        $unlisted | Should -BeNullOrEmpty -Because "cmdlets defined but not in CmdletsToExport: $($unlisted -join ', ')"
    }

    It 'lists only cmdlets the assembly defines' {
        $missing = @($manifest.CmdletsToExport | Where-Object { $definedCmdlets -notcontains $_ })
        $missing | Should -BeNullOrEmpty -Because "CmdletsToExport names cmdlets the assembly does not define yet: $($missing -join ', ')"
    }

    It 'exports exactly the cmdlets it lists once imported' {
        $expected = @($manifest.CmdletsToExport | Where-Object { $definedCmdlets -contains $_ } | Sort-Object)
        $exportedCmdlets | Should -Be $expected
    }

    It 'points FormatsToProcess at the format file in module/' {
        $manifest.FormatsToProcess | Should -Be @('BedrockPS.Format.ps1xml')
        Test-Path (Join-Path (Split-Path $manifestPath) 'BedrockPS.Format.ps1xml') | Should -BeTrue
    }
}
