function New-BuildContext {
    <# The paths and settings every build step shares. #>
    param(
        [Parameter(Mandatory)] [string] $RepositoryRoot,
        [Parameter(Mandatory)] [string] $Configuration
    )

    $root = (Resolve-Path -LiteralPath $RepositoryRoot).ProviderPath
    $out = Join-Path $root 'out'
    [pscustomobject]@{
        RepositoryRoot     = $root
        Configuration      = $Configuration
        BuildDirectory     = Join-Path $root 'build'
        OutDirectory       = $out
        ModuleDirectory    = Join-Path $out 'BedrockPS'
        PublishDirectory   = Join-Path $out "obj/publish/$Configuration"
        ToolPackages       = Join-Path $out 'tools/packages'
        TestResults        = Join-Path $out 'test-results'
        PackageDirectory   = Join-Path $out 'package'
        Solution           = Join-Path $root 'BedrockPS.sln'
        CmdletProject      = Join-Path $root 'src/BedrockPS/BedrockPS.csproj'
        ModuleVersion      = Get-ModuleVersion -RepositoryRoot $root
    }
}

function Get-ModuleVersion {
    <# The one product version, kept in Directory.Build.props. #>
    param([Parameter(Mandatory)] [string] $RepositoryRoot)

    [xml] $props = Get-Content -LiteralPath (Join-Path $RepositoryRoot 'Directory.Build.props') -Raw
    $version = @($props.Project.PropertyGroup | ForEach-Object { $_.SelectSingleNode('Version') } |
        Where-Object { $_ } | ForEach-Object InnerText) | Select-Object -First 1
    if (-not $version) { throw 'Directory.Build.props has no <Version>.' }
    # A module version is numeric only; a prerelease suffix would go to PSData.Prerelease.
    return ($version -split '-')[0]
}
