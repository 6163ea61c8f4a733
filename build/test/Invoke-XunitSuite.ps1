function Get-XunitProject {
    <# Every test project under tests/ (the ones marked IsTestProject), in name order. #>
    param([Parameter(Mandatory)] $Context)

    Get-ChildItem -LiteralPath (Join-Path $Context.RepositoryRoot 'tests') -Filter '*.csproj' -Recurse -File |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj|node_modules)[\\/]' } |
        Where-Object { (Get-Content -LiteralPath $_.FullName -Raw) -match '<IsTestProject>\s*true\s*</IsTestProject>' } |
        Sort-Object Name
}

function Invoke-XunitSuite {
    <# Runs one already-built test project with a TRX logger and reads the counts from the TRX file. #>
    param(
        [Parameter(Mandatory)] $Context,
        [Parameter(Mandatory)] [System.IO.FileInfo] $Project
    )

    $name = $Project.BaseName
    $trx = Join-Path $Context.TestResults "$name.trx"
    Remove-Item -LiteralPath $trx -ErrorAction SilentlyContinue
    Write-Host "`n== xunit: $name"
    $exitCode = Invoke-Native -FilePath 'dotnet' -AllowFailure -ArgumentList @(
        'test', $Project.FullName, '--configuration', $Context.Configuration, '--no-build', '--nologo',
        '--logger', "trx;LogFileName=$name.trx", '--results-directory', $Context.TestResults)

    if (-not (Test-Path -LiteralPath $trx)) {
        return New-SuiteResult -Name $name -Problem "dotnet test exited with $exitCode and wrote no TRX file"
    }
    $counts = Read-TrxCount -Path $trx
    $result = New-SuiteResult -Name $name -Passed $counts.Passed -Failed $counts.Failed -Skipped $counts.Skipped
    if ($exitCode -ne 0 -and $counts.Failed -eq 0) {
        # The test host crashed or aborted after some tests passed: that is a failure too.
        $result.Problem = "dotnet test exited with $exitCode"
    }
    return $result
}

function Read-TrxCount {
    <# Passed, failed (failed, error, timeout, aborted) and skipped (not executed) counts of a TRX file. #>
    param([Parameter(Mandatory)] [string] $Path)

    [xml] $trx = Get-Content -LiteralPath $Path -Raw
    $counters = $trx.TestRun.ResultSummary.Counters
    $number = { param($attribute) if ($counters.$attribute) { [int] $counters.$attribute } else { 0 } }
    [pscustomobject]@{
        Passed  = & $number 'passed'
        Failed  = (& $number 'failed') + (& $number 'error') + (& $number 'timeout') + (& $number 'aborted')
        Skipped = & $number 'notExecuted'
    }
}
