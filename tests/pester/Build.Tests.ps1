# The build's own logic: how it reads test results, sums them and decides the exit code, and how it writes files.
BeforeAll {
    foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '../../build') -Filter '*.ps1' -Recurse) {
        if ($file.Directory.Name -in 'common', 'layout', 'test', 'help') { . $file.FullName }
    }

    function script:Get-SummaryLine {
        param($Results)
        $lines = & { $script:exitCode = Write-TestSummary -Results $Results } 6>&1 | ForEach-Object { "$_" }
        return [pscustomobject]@{ Last = $lines[-1]; All = $lines; ExitCode = $script:exitCode }
    }
}

Describe 'The test summary' {
    It 'ends with the total of every suite and exits 0 when all passed' {
        $summary = Get-SummaryLine @(
            (New-SuiteResult -Name 'a' -Passed 3)
            (New-SuiteResult -Name 'b' -Passed 2)
        )
        $summary.Last | Should -BeExactly '5 passed, 0 failed'
        $summary.ExitCode | Should -Be 0
    }

    It 'appends skipped only when some were skipped' {
        (Get-SummaryLine @((New-SuiteResult -Name 'a' -Passed 1 -Skipped 2))).Last | Should -BeExactly '1 passed, 0 failed, 2 skipped'
    }

    It 'fails when a test failed' {
        $summary = Get-SummaryLine @((New-SuiteResult -Name 'a' -Passed 4 -Failed 1))
        $summary.Last | Should -BeExactly '4 passed, 1 failed'
        $summary.ExitCode | Should -Be 1
    }

    It 'fails when a suite could not run, and says why' {
        $summary = Get-SummaryLine @(
            (New-SuiteResult -Name 'a' -Passed 4)
            (New-SuiteResult -Name 'conformance' -Problem 'npm ci failed')
        )
        $summary.ExitCode | Should -Be 1
        ($summary.All -join "`n") | Should -Match 'conformance.*FAILED TO RUN: npm ci failed'
    }

    It 'fails when no test ran at all' {
        $summary = Get-SummaryLine @((New-SuiteResult -Name 'a'))
        $summary.Last | Should -BeExactly '0 passed, 0 failed'
        $summary.ExitCode | Should -Be 1
    }
}

Describe 'Reading suite results' {
    It 'reads passed, failed and skipped from a TRX file' {
        $trx = Join-Path $TestDrive 'run.trx'
        Set-Content -LiteralPath $trx -Value @'
<?xml version="1.0" encoding="utf-8"?>
<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <ResultSummary outcome="Failed">
    <Counters total="10" executed="8" passed="6" failed="1" error="1" timeout="0" aborted="0" notExecuted="2" />
  </ResultSummary>
</TestRun>
'@
        $counts = Read-TrxCount -Path $trx
        $counts.Passed | Should -Be 6
        $counts.Failed | Should -Be 2
        $counts.Skipped | Should -Be 2
    }

    It 'reads node''s TAP summary, counting cancelled tests as failed' {
        $counts = Read-NodeTestCount -Lines @('# tests 7', '# suites 2', '# pass 4', '# fail 1', '# cancelled 1', '# skipped 1', '# todo 0')
        $counts.Passed | Should -Be 4
        $counts.Failed | Should -Be 2
        $counts.Skipped | Should -Be 1
    }

    It 'reads node''s spec-reporter summary too' {
        $counts = Read-NodeTestCount -Lines @("$([char]0x2139) tests 3", "$([char]0x2139) pass 3", "$([char]0x2139) fail 0")
        $counts.Passed | Should -Be 3
    }

    It 'reports no summary when node printed none' {
        Read-NodeTestCount -Lines @('Error: Cannot find module') | Should -BeNullOrEmpty
    }
}

Describe 'Writing the module folder' {
    It 'leaves a file with the same content untouched' {
        $source = Join-Path $TestDrive 'source.dll'
        $target = Join-Path $TestDrive 'target.dll'
        Set-Content -LiteralPath $source -Value 'same'
        Copy-Item -LiteralPath $source -Destination $target
        $stamp = [datetime]'2001-01-01'
        (Get-Item -LiteralPath $target).LastWriteTime = $stamp
        Copy-FileIfChanged -Source $source -Destination $target
        (Get-Item -LiteralPath $target).LastWriteTime | Should -Be $stamp
    }

    It 'replaces a file whose content changed' {
        $source = Join-Path $TestDrive 'new.dll'
        $target = Join-Path $TestDrive 'old.dll'
        Set-Content -LiteralPath $source -Value 'new bytes'
        Set-Content -LiteralPath $target -Value 'old'
        Copy-FileIfChanged -Source $source -Destination $target
        Get-Content -LiteralPath $target | Should -Be 'new bytes'
    }

    It 'replaces a changed file whole, so a session still reading the old one keeps its bytes' {
        $source = Join-Path $TestDrive 'Fresh.dll'
        $target = Join-Path $TestDrive 'Loaded.dll'
        Set-Content -LiteralPath $source -Value 'fresh build output' -NoNewline
        Set-Content -LiteralPath $target -Value 'bytes a session has mapped' -NoNewline
        $reader = [IO.FileStream]::new($target, 'Open', 'Read', [IO.FileShare]'ReadWrite, Delete')
        try {
            Copy-FileIfChanged -Source $source -Destination $target
            $held = [IO.StreamReader]::new($reader).ReadToEnd()
        }
        finally {
            $reader.Dispose()
        }
        $held | Should -Be 'bytes a session has mapped'
        Get-Content -LiteralPath $target -Raw | Should -Be 'fresh build output'
        @(Get-ChildItem -LiteralPath $TestDrive -Filter 'Loaded.dll.new-*') | Should -BeNullOrEmpty
    }

    It 'writes the module version into the manifest and drops format files module/ lacks' {
        $text = "@{`n    ModuleVersion = '0.0.0'`n    FormatsToProcess = @('Present.Format.ps1xml', 'Missing.Format.ps1xml')`n}"
        $moduleSource = Join-Path $TestDrive 'module'
        $null = New-Item -ItemType Directory -Force -Path $moduleSource
        Set-Content -LiteralPath (Join-Path $moduleSource 'Present.Format.ps1xml') -Value '<Configuration />'
        $result = Remove-MissingFormatFile -ManifestText $text -ModuleSource $moduleSource 3>$null
        $result | Should -Match "FormatsToProcess = @\('Present.Format.ps1xml'\)"
    }
}
