function Invoke-Clean {
    <# Removes out/ and every bin/ and obj/ folder of the projects under src/, tests/, bench/ and build/. #>
    param([Parameter(Mandatory)] $Context)

    $targets = @($Context.OutDirectory)
    foreach ($area in 'src', 'tests', 'bench', 'build') {
        $areaPath = Join-Path $Context.RepositoryRoot $area
        if (-not (Test-Path -LiteralPath $areaPath)) { continue }
        $targets += Get-ChildItem -LiteralPath $areaPath -Directory -Recurse -Include 'bin', 'obj' |
            Where-Object { $_.FullName -notlike '*node_modules*' } | ForEach-Object FullName
    }

    foreach ($target in $targets) {
        if (Test-Path -LiteralPath $target) {
            Write-Host "Removing $target"
            Remove-Item -LiteralPath $target -Recurse -Force
        }
    }
}
