# Model lifecycle through the module against the emulator (its clock set to 2026-12-03): what Get-BedrockModel shows,
# the error ids of retired and idle-Legacy models, and the one warning per Legacy model per session.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator -LifecycleDate '2026-12-03' -InactiveLegacyModelId 'amazon.titan-text-lite-v1'
    $emulator | Set-BedrockConfiguration -Reset
    $script:titan = 'amazon.titan-text-express-v1'
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Get-BedrockModel lifecycle' {
    It 'Gives_a_Legacy_model_its_status_and_dates_in_the_list_view' {
        $text = Get-BedrockModel $titan | Format-List | Out-String -Width 120
        $text | Should -Match '(?m)^LifecycleStatus\s*: LEGACY\s*$'
        $text | Should -Match '(?m)^StartOfLifeTime\s*: 2023-11-29\s*$'
        $text | Should -Match '(?m)^LegacyTime\s*: 2026-06-01\s*$'
        $text | Should -Match '(?m)^PublicExtendedAccessTime\s*: 2026-09-01\s*$'
        $text | Should -Match '(?m)^EndOfLifeTime\s*: 2027-03-01\s*$'
    }

    It 'Shows_the_end_of_life_beside_the_status_in_the_table' {
        $lines = Get-BedrockModel $titan, 'anthropic.claude-haiku-4-5-20251001-v1:0' | Format-Table | Out-String -Width 80
        $lines | Should -Match "$([regex]::Escape($titan))\s.*LEGACY 2027-03-01"
        $lines | Should -Match 'anthropic\.claude-haiku-4-5-20251001-v1:0\s.*ACTIVE\s*$|anthropic\.claude-haiku-4-5-20251001-v1:0\s.*ACTIVE\r?\n'
    }

    It 'Leaves_retired_models_out_and_lists_the_ones_going_away_by_date' {
        $models = Get-BedrockModel
        $models.ModelId | Should -Not -Contain 'anthropic.claude-3-haiku-20240307-v1:0'
        $models.ModelId | Should -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $legacy = @($models | Where-Object LifecycleStatus -eq LEGACY | Sort-Object EndOfLifeTime)
        $legacy.ModelId | Should -Contain $titan
        $legacy | ForEach-Object { $_.EndOfLifeTime | Should -BeGreaterThan ([DateTimeOffset]'2026-12-03Z') }
        $models | Where-Object LifecycleStatus -eq ACTIVE | ForEach-Object { $_.EndOfLifeTime | Should -BeNullOrEmpty }
    }
}

Describe 'Retired and idle Legacy models' {
    It 'Fails_a_call_to_a_retired_model_with_ModelRetired_and_the_input_as_target' {
        Invoke-BedrockConverse -ModelId 'us.anthropic.claude-3-haiku-20240307-v1:0' -Message 'still there?' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure.Count | Should -Be 1
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelRetired*'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'still there?'
        $failure[0].ErrorDetails.Message | Should -Match 'end of its life'
        $failure[0].ErrorDetails.Message | Should -Match 'Pick an active model: Get-BedrockModel'
    }

    It 'Fails_Get_BedrockModel_for_a_retired_id_the_same_way' {
        Get-BedrockModel -ModelId 'anthropic.claude-3-7-sonnet-20250219-v1:0' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelRetired*'
        $failure[0].TargetObject | Should -Be 'anthropic.claude-3-7-sonnet-20250219-v1:0'
    }

    It 'Fails_a_Legacy_model_the_account_stopped_using_with_ModelLegacyInactive' {
        Invoke-BedrockModel -ModelId 'amazon.titan-text-lite-v1' -Body @{ inputText = 'hello' } -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelLegacyInactive*'
        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failure[0].ErrorDetails.Message | Should -Match 'last 30 days'
        (Invoke-BedrockModel -ModelId $titan -Body @{ inputText = 'hello' } -WarningAction SilentlyContinue).Body.results[0].outputText |
            Should -Not -BeNullOrEmpty -Because 'another Legacy model still answers'
    }
}

Describe 'Legacy warning' {
    It 'Warns_once_per_model_per_session_and_never_for_an_active_model' {
        $manifest = Get-BedrockManifestPath
        $run = Invoke-FreshPwsh -Script @"
Import-Module '$manifest'
`$emulator = Start-BedrockEmulator -LifecycleDate '2026-12-03'
`$emulator | Set-BedrockConfiguration
`$before = @()
`$null = Invoke-BedrockModel -ModelId amazon.titan-text-express-v1 -Body @{ inputText = 'before the catalog' } -WarningVariable +before
`$null = Get-BedrockModel -Provider Amazon
`$after = @()
foreach (`$n in 1..3) { `$null = Invoke-BedrockModel -ModelId amazon.titan-text-express-v1 -Body @{ inputText = "call `$n" } -WarningVariable +after }
`$null = Invoke-BedrockConverse -ModelId amazon.titan-text-express-v1 -Message 'converse too' -WarningVariable +after
`$null = Measure-BedrockToken -ModelId amazon.titan-text-express-v1 -Message 'count me' -WarningVariable +after
`$null = Invoke-BedrockConverse -ModelId amazon.nova-lite-v1:0 -Message 'active' -WarningVariable +after
Write-TestResult @{ Before = @(`$before | ForEach-Object Message); After = @(`$after | ForEach-Object Message); Requests = `$emulator.RequestCount }
`$emulator | Stop-BedrockEmulator
"@
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        @($run.Result.Before).Count | Should -Be 0 -Because 'no catalog answer had described the model yet'
        @($run.Result.After).Count | Should -Be 1
        $run.Result.After[0] | Should -BeLike 'amazon.titan-text-express-v1 (Titan Text G1 - Express) is a Legacy model: it reaches end of life on 2027-03-01*'
        $run.Result.Requests | Should -Be 8 -Because 'the warning costs no request: one per call and one for the catalog'
    }
}
