# The README promises that its PowerShell examples work verbatim on the emulator: run them all, in order, in one
# fresh pwsh (later blocks use the variables and functions of earlier ones), and check what they print.
BeforeDiscovery {
    $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../README.md')
    $script:blocks = @([regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../README.md')
    $blocks = @([regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value })
    $manifest = Get-BedrockManifestPath
    $work = Join-Path ([IO.Path]::GetTempPath()) ("bedrockps-readme-" + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $work

    # Each block is dot-sourced so its variables and functions stay for the next; any error fails that block.
    $encoded = $blocks | ForEach-Object { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($_.Replace('./out/BedrockPS/BedrockPS.psd1', $manifest))) }
    $script:run = Invoke-FreshPwsh -TimeoutSeconds 180 -Script @"
Set-Location -LiteralPath '$work'
`$outcomes = foreach (`$code in @('$($encoded -join "','")')) {
    `$text = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(`$code))
    `$Error.Clear()
    try {
        `$printed = . ([scriptblock]::Create(`$text)) 6>&1 | Out-String -Width 200
        [pscustomobject]@{ Error = if (`$Error.Count) { [string]`$Error[0] } else { `$null }; Output = `$printed }
    }
    catch {
        [pscustomobject]@{ Error = [string]`$_; Output = `$null }
    }
}
Write-TestResult @(`$outcomes)
"@
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
    $script:outcomes = @($run.Result)
}

Describe 'README examples' {
    It 'Ran_every_example_block' {
        $run.TimedOut | Should -BeFalse
        $outcomes.Count | Should -Be $blocks.Count -Because $run.Error
    }

    It 'Example block <_> runs without an error' -ForEach (0..($blocks.Count - 1)) {
        $outcomes[$_].Error | Should -BeNullOrEmpty -Because "README block $($_):`n$($blocks[$_])"
    }

    It 'Converse examples print the emulator answers' {
        # The block with the Converse examples prints each call's answer: two 'Explain DNS' and the streamed haiku.
        $index = @(0..($blocks.Count - 1) | Where-Object { $blocks[$_] -match "Invoke-BedrockConverse 'Explain DNS'" })
        $index.Count | Should -Be 1
        $printed = $outcomes[$index[0]].Output
        [regex]::Matches($printed, 'Echo: Explain DNS').Count | Should -Be 2 -Because $printed
        $printed | Should -Match 'Echo: Write a haiku about the sea'
    }

    It 'The tool example answers with the function output' {
        ($outcomes | Where-Object { $_.Output -match 'Tool result: 7' }) | Should -Not -BeNullOrEmpty
    }
}
