function Publish-ModulePackage {
    <# Packs out/BedrockPS into out/package/BedrockPS.<version>.nupkg, in a fresh pwsh. #>
    param([Parameter(Mandatory)] $Context)

    $script = Join-Path $Context.BuildDirectory 'scripts/New-ModulePackage.ps1'
    $exitCode = Invoke-ScriptInFreshPwsh -Context $Context -Script $script -ArgumentList @(
        '-ModulePath', $Context.ModuleDirectory, '-OutputDirectory', $Context.PackageDirectory)
    if ($exitCode -ne 0) { throw "Packaging failed with exit code $exitCode." }
    return Join-Path $Context.PackageDirectory "BedrockPS.$($Context.ModuleVersion).nupkg"
}
