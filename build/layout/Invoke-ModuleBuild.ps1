function Invoke-ModuleBuild {
    <#
    .SYNOPSIS
        Compiles the solution once and lays out the importable module in out/BedrockPS.
    #>
    param([Parameter(Mandatory)] $Context)

    Write-Host "Building BedrockPS $($Context.ModuleVersion) ($($Context.Configuration))"
    $null = Invoke-Native -FilePath 'dotnet' -Description 'dotnet build' -ArgumentList @(
        'build', $Context.Solution, '--configuration', $Context.Configuration, '--nologo', '-v:minimal')

    # A class library's build output lacks its package dependencies; publishing (without rebuilding) gathers
    # the cmdlet assembly with everything it needs into one folder.
    $null = Invoke-Native -FilePath 'dotnet' -Description 'dotnet publish' -ArgumentList @(
        'publish', $Context.CmdletProject, '--configuration', $Context.Configuration, '--no-build', '--nologo',
        '-v:quiet', '--output', $Context.PublishDirectory)

    Write-ModuleLayout -Context $Context
    $null = Restore-BuildTools -Context $Context
    Write-Host "Module laid out in $($Context.ModuleDirectory)"
}
