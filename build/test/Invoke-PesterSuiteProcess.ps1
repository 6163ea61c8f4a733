function Invoke-PesterSuiteProcess {
    <# Runs tests/pester in a fresh pwsh against out/BedrockPS and reads the counts it writes. #>
    param([Parameter(Mandatory)] $Context)

    $resultFile = Join-Path $Context.TestResults 'pester.json'
    Remove-Item -LiteralPath $resultFile -ErrorAction SilentlyContinue
    $runner = Join-Path $Context.RepositoryRoot 'tests/pester/Invoke-PesterSuite.ps1'
    Write-Host "`n== Pester"
    $exitCode = Invoke-ScriptInFreshPwsh -Context $Context -Script $runner -ArgumentList @(
        '-ModulePath', $Context.ModuleDirectory,
        '-ResultPath', $resultFile,
        '-PesterPath', (Get-PesterManifestPath -Context $Context))

    if (-not (Test-Path -LiteralPath $resultFile)) {
        return New-SuiteResult -Name 'Pester' -Problem "the Pester runner exited with $exitCode and wrote no result file"
    }
    $counts = Get-Content -LiteralPath $resultFile -Raw | ConvertFrom-Json
    $result = New-SuiteResult -Name 'Pester' -Passed $counts.Passed -Failed $counts.Failed -Skipped $counts.Skipped
    if ($counts.Problem) { $result.Problem = $counts.Problem }
    return $result
}
