function Invoke-ConformanceSuite {
    <#
    .SYNOPSIS
        Runs the JavaScript conformance tests (tests/conformance) when they exist; returns nothing otherwise.
    .DESCRIPTION
        Installs the npm packages when node_modules is missing or the lockfile changed since the last install,
        then runs the package's test script (node --test) and reads node's "# pass / # fail / # skipped" summary.
    #>
    param([Parameter(Mandatory)] $Context)

    $folder = Join-Path $Context.RepositoryRoot 'tests/conformance'
    $packageJson = Join-Path $folder 'package.json'
    if (-not (Test-Path -LiteralPath $packageJson)) { return }

    Write-Host "`n== conformance (AWS SDK for JavaScript)"
    try {
        Install-NodePackages -Folder $folder
        Build-EmulatorHost -Context $Context
    }
    catch {
        return New-SuiteResult -Name 'conformance' -Problem $_.Exception.Message
    }

    $package = Get-Content -LiteralPath $packageJson -Raw | ConvertFrom-Json
    $hasTestScript = $package.PSObject.Properties['scripts'] -and $package.scripts.PSObject.Properties['test']
    $command = if ($hasTestScript) { @('npm', 'test', '--silent') } else { @('node', '--test') }

    Push-Location -LiteralPath $folder
    try {
        & $command[0] @($command | Select-Object -Skip 1) 2>&1 | ForEach-Object { "$_" } | Tee-Object -Variable lines | Out-Host
        $exitCode = $LASTEXITCODE
    }
    finally {
        Pop-Location
    }

    $counts = Read-NodeTestCount -Lines $lines
    if (-not $counts) {
        return New-SuiteResult -Name 'conformance' -Problem "'$($command -join ' ')' exited with $exitCode without a test summary"
    }
    $result = New-SuiteResult -Name 'conformance' -Passed $counts.Passed -Failed $counts.Failed -Skipped $counts.Skipped
    if ($exitCode -ne 0 -and $counts.Failed -eq 0) { $result.Problem = "'$($command -join ' ')' exited with $exitCode" }
    return $result
}

function Read-NodeTestCount {
    <# node --test's closing summary, TAP ("# pass 3") or spec ("ℹ pass 3"); cancelled tests count as failed. #>
    param([AllowNull()] [string[]] $Lines)

    $found = @{}
    foreach ($line in @($Lines)) {
        if ($line -match '^\s*(?:#|\u2139)\s*(pass|fail|skipped|cancelled|todo)\s+(\d+)\s*$') {
            $found[$Matches[1]] = [int] $Matches[2]
        }
    }
    if (-not $found.ContainsKey('pass')) { return $null }
    [pscustomobject]@{
        Passed  = $found['pass']
        Failed  = [int] $found['fail'] + [int] $found['cancelled']
        Skipped = [int] $found['skipped'] + [int] $found['todo']
    }
}

function Install-NodePackages {
    <# npm ci when node_modules is missing or package-lock.json changed since the last install. #>
    param([Parameter(Mandatory)] [string] $Folder)

    $lockFile = Join-Path $Folder 'package-lock.json'
    $stamp = Join-Path $Folder 'node_modules/.bedrockps-lock-hash'
    $lockHash = if (Test-Path -LiteralPath $lockFile) { (Get-FileHash -LiteralPath $lockFile).Hash } else { 'no-lockfile' }
    if ((Test-Path -LiteralPath $stamp) -and (Get-Content -LiteralPath $stamp -Raw).Trim() -eq $lockHash) { return }

    $install = if (Test-Path -LiteralPath $lockFile) { 'ci' } else { 'install' }
    Invoke-Native -FilePath 'npm' -WorkingDirectory $Folder -Description "npm $install in tests/conformance" `
        -ArgumentList @($install, '--no-audit', '--no-fund') | Out-Null
    Set-Content -LiteralPath $stamp -Value $lockHash -NoNewline
}

function Build-EmulatorHost {
    <# The conformance tests start the standalone emulator; build it here if the solution does not. #>
    param([Parameter(Mandatory)] $Context)

    $hostProject = Get-ChildItem -LiteralPath (Join-Path $Context.RepositoryRoot 'src') -Filter 'BedrockPS.Emulator.Host.csproj' -Recurse -File |
        Select-Object -First 1
    if (-not $hostProject) { return }
    if ((Get-Content -LiteralPath $Context.Solution -Raw) -match 'BedrockPS\.Emulator\.Host\.csproj') { return }
    Invoke-Native -FilePath 'dotnet' -Description 'building the emulator host' -ArgumentList @(
        'build', $hostProject.FullName, '--configuration', $Context.Configuration, '--nologo', '-v:quiet') | Out-Null
}
