function Invoke-TestTask {
    <#
    .SYNOPSIS
        Builds, runs every suite one after another (to spare the cores), prints one line per suite and the total.
    .OUTPUTS
        The process exit code: 0 only when every suite ran, nothing failed and at least one test ran.
    #>
    param([Parameter(Mandatory)] $Context)

    $results = [System.Collections.Generic.List[object]]::new()
    $null = New-Item -ItemType Directory -Force -Path $Context.TestResults
    try {
        Invoke-ModuleBuild -Context $Context
    }
    catch {
        $results.Add((New-SuiteResult -Name 'build' -Problem "the build failed: $($_.Exception.Message)"))
        return Write-TestSummary -Results $results
    }

    foreach ($project in Get-XunitProject -Context $Context) {
        $results.Add((Invoke-XunitSuite -Context $Context -Project $project))
    }
    $results.Add((Invoke-PesterSuiteProcess -Context $Context))
    $conformance = Invoke-ConformanceSuite -Context $Context
    if ($conformance) { $results.Add($conformance) }

    return Write-TestSummary -Results $results
}

function New-SuiteResult {
    param(
        [Parameter(Mandatory)] [string] $Name,
        [int] $Passed,
        [int] $Failed,
        [int] $Skipped,
        [string] $Problem
    )

    [pscustomobject]@{ Name = $Name; Passed = $Passed; Failed = $Failed; Skipped = $Skipped; Problem = $Problem }
}

function Write-TestSummary {
    <# One line per suite, then, last and alone, "N passed, N failed[, N skipped]". Returns the exit code. #>
    param([Parameter(Mandatory)] [AllowEmptyCollection()] $Results)

    Write-Host ''
    Write-Host 'Test summary'
    foreach ($result in $Results) {
        $line = "  {0}: {1} passed, {2} failed, {3} skipped" -f $result.Name, $result.Passed, $result.Failed, $result.Skipped
        if ($result.Problem) { $line += " -- FAILED TO RUN: $($result.Problem)" }
        Write-Host $line
    }

    $passed = ($Results | Measure-Object -Property Passed -Sum).Sum
    $failed = ($Results | Measure-Object -Property Failed -Sum).Sum
    $skipped = ($Results | Measure-Object -Property Skipped -Sum).Sum
    $problems = @($Results | Where-Object Problem)
    if ($passed + $failed -eq 0) { Write-Host '  No test ran.' }

    $total = "$([int]$passed) passed, $([int]$failed) failed"
    if ($skipped -gt 0) { $total += ", $skipped skipped" }
    Write-Host $total

    if ($failed -gt 0 -or $problems.Count -gt 0 -or ($passed + $failed) -eq 0) { return 1 }
    return 0
}
