function Restore-BuildTools {
    <#
    .SYNOPSIS
        Restores Pester and the packages the isolation tests load (build/tools/BuildTools.proj) into out/tools/packages.
    .OUTPUTS
        The path of the restored Pester module manifest.
    #>
    param([Parameter(Mandatory)] $Context)

    $project = Join-Path $Context.BuildDirectory 'tools/BuildTools.proj'
    Invoke-Native -FilePath 'dotnet' -Description 'restoring build tools (Pester)' -ArgumentList @(
        'restore', $project, '--packages', $Context.ToolPackages, '--nologo', '-v:quiet') | Out-Null
    return Get-PesterManifestPath -Context $Context
}

function Get-PesterManifestPath {
    <# Pester's module manifest inside the restored package; its version is the one in Directory.Packages.props. #>
    param([Parameter(Mandatory)] $Context)

    [xml] $packages = Get-Content -LiteralPath (Join-Path $Context.RepositoryRoot 'Directory.Packages.props') -Raw
    $version = $packages.SelectSingleNode('/Project/ItemGroup/PackageVersion[@Include="Pester"]').Version
    if (-not $version) { throw 'Directory.Packages.props has no PackageVersion for Pester.' }
    return Join-Path $Context.ToolPackages "pester/$version/tools/Pester.psd1"
}
