# Crash safety of Export-BedrockSession: a child pwsh rewrites a large session file in a loop and is killed at
# varying moments; the file it was replacing is always intact and imports. The rest of the reliability proof
# (faults, batches, cancellation, secrets, bad input) runs in xunit: tests/BedrockPS.Tests/Reliability.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $script:connection = @{ EndpointUrl = $emulator.EndpointUrl; Region = $emulator.Region; Credential = $emulator.Credential }
    $script:model = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'

    # A real exported session, grown to about 20 MB by repeating its turn, so one export takes a while.
    $session = New-BedrockSession -ModelId $model -System 'Be brief.'
    $null = Invoke-BedrockConverse -Session $session -Message ('word ' * 2000) @connection
    $small = Join-Path $TestDrive 'small.json'
    $session | Export-BedrockSession -Path $small
    $document = Get-Content -LiteralPath $small -Raw | ConvertFrom-Json
    $turn = @($document.messages)
    $messages = [System.Collections.Generic.List[object]]::new()
    foreach ($i in 1..1000) { $messages.AddRange([object[]] $turn) }
    $document.messages = $messages
    $document.turns = 1000
    $script:large = Join-Path $TestDrive 'large.json'
    $document | ConvertTo-Json -Depth 20 -Compress | Set-Content -LiteralPath $large -Encoding utf8NoBOM
    $script:largeTurns = (Import-BedrockSession -Path $large).Turns
}

AfterAll {
    $emulator | Stop-BedrockEmulator
}

Describe 'Export-BedrockSession when the process is killed mid-write' {
    It 'Leaves_the_previous_file_intact_after_a_kill_<DelayMs>_ms_into_the_writes' -TestCases @(
        @{ DelayMs = 200 }, @{ DelayMs = 650 }, @{ DelayMs = 1300 }
    ) {
        param($DelayMs)
        $target = Join-Path $TestDrive "target-$DelayMs.json"
        # The previous version: a small, complete session.
        Copy-Item -LiteralPath (Join-Path $TestDrive 'small.json') -Destination $target
        $script = @"
Import-Module (Join-Path `$env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
`$session = Import-BedrockSession -Path '$large'
'READY'
while (`$true) { `$session | Export-BedrockSession -Path '$target' -Force }
"@
        $file = Join-Path $TestDrive "writer-$DelayMs.ps1"
        Set-Content -LiteralPath $file -Value $script -Encoding utf8NoBOM
        $commandLine = @(Get-PwshCommandLine)
        $start = [Diagnostics.ProcessStartInfo]::new($commandLine[0])
        foreach ($argument in @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file)) {
            $start.ArgumentList.Add($argument)
        }
        $start.RedirectStandardOutput = $true
        $start.UseShellExecute = $false
        $start.Environment['BEDROCKPS_MODULE_PATH'] = Get-BedrockModulePath
        $process = [Diagnostics.Process]::Start($start)
        try {
            $ready = $process.StandardOutput.ReadLineAsync()
            $ready.Wait([TimeSpan]::FromSeconds(60)) | Should -BeTrue -Because 'the writer starts'
            $ready.Result | Should -Be 'READY'
            Start-Sleep -Milliseconds $DelayMs
            $process.HasExited | Should -BeFalse -Because 'the writer is still writing when killed'
        }
        finally {
            $process.Kill($true)
            $process.WaitForExit()
        }

        # Whatever moment the kill hit, the file is a whole session: the previous one or the complete new one.
        $imported = Import-BedrockSession -Path $target
        $imported.Turns | Should -BeIn @(1, $largeTurns)
        $imported.ModelId | Should -Be $model
        { Get-Content -LiteralPath $target -Raw | ConvertFrom-Json } | Should -Not -Throw
    }

    It 'Was_killed_inside_a_write_at_least_once' {
        # Evidence that the kills above hit the dangerous moment: a write's temporary file was left behind.
        @(Get-ChildItem -LiteralPath $TestDrive -Filter '.target-*.json.*.tmp' -Force) | Should -Not -BeNullOrEmpty
    }

    It 'Replaces_the_file_completely_when_not_interrupted' {
        $target = Join-Path $TestDrive 'uninterrupted.json'
        Copy-Item -LiteralPath (Join-Path $TestDrive 'small.json') -Destination $target
        Import-BedrockSession -Path $large | Export-BedrockSession -Path $target -Force

        (Import-BedrockSession -Path $target).Turns | Should -Be $largeTurns
        @(Get-ChildItem -LiteralPath $TestDrive -Filter '.uninterrupted.json.*.tmp' -Force) | Should -HaveCount 0
    }
}
