# Get-BedrockModel and Get-BedrockInferenceProfile against the emulator's catalog.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Get-BedrockModel' {
    It 'Lists_the_catalog_as_ModelInfo_records' {
        $models = Get-BedrockModel
        $models.Count | Should -BeGreaterOrEqual 20
        $models[0] | Should -BeOfType ([BedrockPS.ModelInfo])
        $haiku = $models | Where-Object ModelId -eq 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $haiku.ProviderName | Should -Be 'Anthropic'
        $haiku.OutputModalities | Should -Contain 'TEXT'
        $haiku.ResponseStreamingSupported | Should -BeTrue
        $haiku.LifecycleStatus | Should -Not -BeNullOrEmpty
    }

    It 'Filters_by_provider_and_output_modality_through_the_service' {
        $anthropic = Get-BedrockModel -Provider Anthropic
        $anthropic | ForEach-Object { $_.ProviderName | Should -Be 'Anthropic' }
        $embeddings = Get-BedrockModel -OutputModality EMBEDDING
        $embeddings | Should -Not -BeNullOrEmpty
        $embeddings | ForEach-Object { $_.OutputModalities | Should -Contain 'EMBEDDING' }
    }

    It 'Filters_by_inference_type_INFERENCE_PROFILE_locally_since_the_service_refuses_it_as_a_filter' {
        $before = $emulator.RequestCount
        $profileOnly = @(Get-BedrockModel -InferenceType INFERENCE_PROFILE)
        $profileOnly.Count | Should -BeGreaterThan 0
        $profileOnly | ForEach-Object { $_.InferenceTypesSupported | Should -Contain 'INFERENCE_PROFILE' }
        $emulator.RequestCount | Should -Be ($before + 1)
        @(Get-BedrockModel -InferenceType ON_DEMAND) | ForEach-Object { $_.InferenceTypesSupported | Should -Contain 'ON_DEMAND' }
    }

    It 'Filters_ModelId_wildcards_locally' {
        $nova = Get-BedrockModel 'amazon.nova-*'
        $nova | Should -Not -BeNullOrEmpty
        $nova | ForEach-Object { $_.ModelId | Should -BeLike 'amazon.nova-*' }
    }

    It 'Gets_one_model_by_exact_id_and_reports_an_unknown_one' {
        (Get-BedrockModel -ModelId 'amazon.nova-micro-v1:0').ModelName | Should -Be 'Nova Micro'
        Get-BedrockModel -ModelId 'vendor.none-v1:0' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].TargetObject | Should -Be 'vendor.none-v1:0'
        $err[0].FullyQualifiedErrorId | Should -Match '^BedrockPS\.(ModelNotFound|Validation)'
    }

    It 'Completes_model_ids_from_the_live_catalog' {
        $line = 'Invoke-BedrockConverse -ModelId amazon.nova-mi'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'amazon.nova-micro-v1:0'
    }
}

Describe 'Get-BedrockInferenceProfile' {
    It 'Lists_profiles_of_every_prefix' {
        $profiles = Get-BedrockInferenceProfile
        $profiles | Should -Not -BeNullOrEmpty
        $profiles[0] | Should -BeOfType ([BedrockPS.InferenceProfileInfo])
        ($profiles.InferenceProfileId | Where-Object { $_ -like 'us.*' }) | Should -Not -BeNullOrEmpty
        ($profiles.InferenceProfileId | Where-Object { $_ -like 'global.*' }) | Should -Not -BeNullOrEmpty
        ($profiles | Select-Object -First 1).Models | Should -Not -BeNullOrEmpty
    }

    It 'Filters_by_wildcard_and_gets_one_by_id' {
        $eu = Get-BedrockInferenceProfile 'eu.*'
        $eu | ForEach-Object { $_.InferenceProfileId | Should -BeLike 'eu.*' }
        $one = Get-BedrockInferenceProfile -InferenceProfileId $eu[0].InferenceProfileId
        $one.InferenceProfileId | Should -Be $eu[0].InferenceProfileId
    }

    It 'Pipes_a_profile_into_Invoke_BedrockConverse' {
        $profile = Get-BedrockInferenceProfile 'us.anthropic.claude-haiku-4-5*' | Select-Object -First 1
        ($profile | Invoke-BedrockConverse -Message 'via a profile').ModelId | Should -Be $profile.InferenceProfileId
    }
}
