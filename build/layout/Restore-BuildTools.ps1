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
    param([Parameter(Mandatory)] $Context)

    [xml] $project = Get-Content -LiteralPath (Join-Path $Context.BuildDirectory 'tools/BuildTools.proj') -Raw
    $download = $project.Project.ItemGroup.PackageDownload | Where-Object Include -eq 'Pester'
    $version = $download.Version.Trim('[', ']')
    return Join-Path $Context.ToolPackages "pester/$version/tools/Pester.psd1"
}
