# Tab completion: -ModelId and -Provider from the live catalog (per-session cache, a bounded wait, quiet offline),
# and the closed sets. Every press goes through TabExpansion2, as a console's Tab key does.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset

    function script:Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }

    # A loopback port nothing listens on: bound, then released.
    function script:Get-ClosedPort {
        $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = $listener.LocalEndpoint.Port
        $listener.Stop()
        $port
    }

    # Waits (bounded) until an emulator has seen no new request for a second: the background fetch is over.
    function script:Wait-Quiet($Emulator) {
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        $last = -1
        while ([DateTime]::UtcNow -lt $deadline) {
            $now = $Emulator.RequestCount
            if ($now -eq $last) { return $now }
            $last = $now
            Start-Sleep -Milliseconds 1000
        }
        throw "The emulator kept receiving requests for 30 s."
    }
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe '-ModelId completion' {
    It 'Offers_foundation_model_ids_and_inference_profile_ids' {
        $texts = (Get-Completion 'Invoke-BedrockConverse -ModelId ').CompletionText
        $texts | Should -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $texts | Should -Contain 'amazon.nova-pro-v1:0'
        $texts | Should -Contain 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
    }

    It 'Filters_by_what_is_typed_prefix_first_then_anywhere_in_the_id' {
        $found = Get-Completion 'Invoke-BedrockConverse -ModelId us.anthropic.claude-sonnet-4-5'
        $found.CompletionText | Should -Contain 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
        $found.CompletionText | ForEach-Object { $_ | Should -BeLike '*us.anthropic.claude-sonnet-4-5*' }

        $haiku = @(Get-Completion 'Invoke-BedrockConverse -ModelId haiku' | ForEach-Object CompletionText)
        $haiku | Should -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $haiku | Should -Contain 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
    }

    It 'Takes_wildcards_in_the_typed_word_and_tolerates_an_invalid_pattern' {
        $texts = @(Get-Completion 'Invoke-BedrockConverse -ModelId anthropic.claude*sonnet-4' | ForEach-Object CompletionText)
        $texts | Should -Contain 'anthropic.claude-sonnet-4-20250514-v1:0'
        $texts | Should -Contain 'anthropic.claude-sonnet-4-5-20250929-v1:0'
        $texts | Should -Not -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $errorsBefore = $Error.Count
        Get-Completion 'Invoke-BedrockConverse -ModelId anthropic[' | Should -BeNullOrEmpty
        $Error.Count | Should -Be $errorsBefore
    }

    It 'Shows_the_provider_and_model_name_beside_a_foundation_model' {
        $haiku = Get-Completion 'Invoke-BedrockConverse -ModelId anthropic.claude-haiku-4-5-2025' |
            Where-Object CompletionText -eq 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $haiku.ToolTip | Should -Be 'Anthropic Claude Haiku 4.5'
    }

    It 'Completes_on_every_cmdlet_that_has_ModelId' {
        $commands = Get-Command -Module BedrockPS | Where-Object { $_.Parameters.ContainsKey('ModelId') }
        $commands.Count | Should -BeGreaterOrEqual 7
        foreach ($command in $commands) {
            $texts = (Get-Completion "$($command.Name) -ModelId amazon.nova-pr").CompletionText
            $texts | Should -Contain 'amazon.nova-pro-v1:0' -Because "$($command.Name) -ModelId completes"
        }
    }

    It 'Never_restricts_what_may_be_typed' {
        $commands = Get-Command -Module BedrockPS | Where-Object { $_.Parameters.ContainsKey('ModelId') }
        foreach ($command in $commands) {
            $command.Parameters['ModelId'].Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] }) |
                Should -BeNullOrEmpty -Because "$($command.Name) -ModelId accepts ids the catalog does not list"
        }
        (Get-Completion 'Invoke-BedrockConverse -ModelId my-own-arn-xyz') | Should -BeNullOrEmpty
        # An id the catalog does not list reaches the service (which answers), not a parameter binding error.
        Invoke-BedrockConverse -ModelId 'unlisted.model-v9:0' -Message 'hi' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -Not -BeLike 'ParameterArgumentValidationError*'
    }

    It 'Uses_the_session_cache_on_the_next_press' {
        $null = Get-Completion 'Invoke-BedrockConverse -ModelId anth'
        $before = $emulator.RequestCount
        $texts = (Get-Completion 'Measure-BedrockToken -ModelId amazon.').CompletionText
        $texts | Should -Contain 'amazon.nova-lite-v1:0'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Follows_the_EndpointUrl_typed_on_the_line' {
        $other = Start-BedrockEmulator
        try {
            $texts = (Get-Completion "Invoke-BedrockConverse -EndpointUrl $($other.EndpointUrl) -ModelId anthropic.claude-haiku-4").CompletionText
            $texts | Should -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
            $other.RequestCount | Should -BeGreaterThan 0
        }
        finally {
            $other | Stop-BedrockEmulator
        }
    }

    It 'Does_not_wait_for_a_stalled_endpoint_and_offers_the_ids_once_fetched' {
        $slow = Start-BedrockEmulator -LatencyMs 4000
        try {
            $line = "Invoke-BedrockConverse -EndpointUrl $($slow.EndpointUrl) -ModelId anthropic.claude-haiku-4"
            $first = Get-Completion $line
            # Had the press waited for the catalog, it would offer the ids; it offers nothing while the catalog is slow.
            $first | Should -BeNullOrEmpty -Because 'a tab press does not wait for a slow catalog'

            # The fetch goes on in the background; a later press finds its result.
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            do {
                Start-Sleep -Milliseconds 500
                $later = @(Get-Completion $line | ForEach-Object CompletionText)
            } until ($later.Count -gt 0 -or [DateTime]::UtcNow -gt $deadline)
            $later | Should -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
        }
        finally {
            $slow | Stop-BedrockEmulator
        }
    }

    It 'Is_quiet_offline' {
        $port = Get-ClosedPort
        $line = "Invoke-BedrockConverse -EndpointUrl http://127.0.0.1:$port -ModelId anth"
        $errorsBefore = $Error.Count
        $first = Get-Completion $line
        $second = Get-Completion $line
        $first | Should -BeNullOrEmpty
        $second | Should -BeNullOrEmpty
        $Error.Count | Should -Be $errorsBefore
    }

    It 'Remembers_a_failed_fetch_instead_of_asking_again_on_every_press' {
        $failing = Start-BedrockEmulator -Fault InternalServerError
        try {
            $line = "Invoke-BedrockConverse -EndpointUrl $($failing.EndpointUrl) -ModelId anth"
            Get-Completion $line | Should -BeNullOrEmpty
            $afterFirst = Wait-Quiet $failing
            $afterFirst | Should -BeGreaterThan 0 -Because 'the first press asked the service'
            Get-Completion $line | Should -BeNullOrEmpty
            Get-Completion $line | Should -BeNullOrEmpty
            $failing.RequestCount | Should -Be $afterFirst
        }
        finally {
            $failing | Stop-BedrockEmulator
        }
    }
}

Describe 'Other completions' {
    It 'Completes_Provider_from_the_catalog_quoting_names_with_spaces' {
        $texts = (Get-Completion 'Get-BedrockModel -Provider ').CompletionText
        $texts | Should -Contain 'Anthropic'
        $texts | Should -Contain 'Amazon'
        (Get-Completion 'Get-BedrockModel -Provider mistr').CompletionText | Should -Be "'Mistral AI'"
        # The emulator's catalog has no AI21 models: the list is the catalog's, not a fixed one.
        $texts | Should -Not -Contain "'AI21 Labs'"
    }

    It 'Completes_Provider_with_the_well_known_names_offline' {
        $port = Get-ClosedPort
        $texts = (Get-Completion "Get-BedrockModel -EndpointUrl http://127.0.0.1:$port -Provider ").CompletionText
        $texts | Should -Contain 'Anthropic'
        $texts | Should -Contain "'AI21 Labs'"
    }

    It 'Completes_InferenceProfileId_with_profiles_only' {
        $texts = @((Get-Completion 'Get-BedrockInferenceProfile -InferenceProfileId ').CompletionText)
        $texts | Should -Contain 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
        $texts | Should -Not -Contain 'anthropic.claude-haiku-4-5-20251001-v1:0'
    }

    It 'Completes_the_closed_sets' -TestCases @(
        @{ Line = 'Get-BedrockModel -OutputModality '; Expected = @('EMBEDDING', 'IMAGE', 'TEXT') }
        @{ Line = 'Get-BedrockModel -InferenceType '; Expected = @('ON_DEMAND', 'PROVISIONED') }
        @{ Line = 'Get-BedrockModel -CustomizationType '; Expected = @('CONTINUED_PRE_TRAINING', 'DISTILLATION', 'FINE_TUNING') }
        @{ Line = 'Get-BedrockInferenceProfile -Type '; Expected = @('APPLICATION', 'SYSTEM_DEFINED') }
        @{ Line = 'Invoke-BedrockGuardrail -Source '; Expected = @('Input', 'Output') }
        @{ Line = 'Invoke-BedrockConverse -InvokeTool '; Expected = @('None', 'Confirm') }
        @{ Line = 'Enter-BedrockChat -InvokeTool '; Expected = @('None', 'Confirm') }
        @{ Line = 'Set-BedrockConfiguration -RetryMode '; Expected = @('adaptive', 'legacy', 'standard') }
        @{ Line = 'Invoke-BedrockConverse -GuardrailTrace '; Expected = @('enabled', 'disabled', 'enabled_full') }
        @{ Line = 'Invoke-BedrockModel -ServiceTier '; Expected = @('priority', 'default', 'flex', 'reserved') }
        @{ Line = 'Invoke-BedrockConverse -ToolChoice '; Expected = @('auto', 'any') }
    ) {
        param($Line, $Expected)
        $texts = @((Get-Completion $Line).CompletionText)
        foreach ($value in $Expected) { $texts | Should -Contain $value }
    }

    It 'Suggests_regions_without_restricting_them' {
        $texts = @(Get-Completion 'Invoke-BedrockConverse -Region us-we' | ForEach-Object CompletionText)
        $texts | Should -Contain 'us-west-2'
        $texts | ForEach-Object { $_ | Should -BeLike '*us-we*' }
        (Get-Completion 'Set-BedrockConfiguration -Region eu-central-').CompletionText | Should -Contain 'eu-central-1'
        (Get-Completion 'Start-BedrockEmulator -Region ap-northeast-').CompletionText | Should -Contain 'ap-northeast-1'
        (Get-Command Invoke-BedrockConverse).Parameters['Region'].Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] }) |
            Should -BeNullOrEmpty
    }

    It 'Completes_ProfileName_from_the_shared_credentials_and_config_files' {
        $credentials = Join-Path $TestDrive 'credentials'
        $config = Join-Path $TestDrive 'config'
        Set-Content -LiteralPath $credentials -Value "[default]`naws_access_key_id = AKIDEXAMPLE`n[build-bot]`naws_access_key_id = AKIDEXAMPLE2"
        Set-Content -LiteralPath $config -Value "[default]`nregion = us-east-1`n[profile dev team]`nregion = eu-west-1`n[profile prod]`nregion = us-west-2`n[sso-session corp]`nsso_region = us-east-1"
        $saved = $env:AWS_SHARED_CREDENTIALS_FILE, $env:AWS_CONFIG_FILE
        try {
            $env:AWS_SHARED_CREDENTIALS_FILE = $credentials
            $env:AWS_CONFIG_FILE = $config
            $texts = @(Get-Completion 'Invoke-BedrockConverse -ProfileName ' | ForEach-Object CompletionText)
            $texts | Should -Be @('build-bot', 'default', "'dev team'", 'prod')
            (Get-Completion 'Set-BedrockConfiguration -ProfileName pr').CompletionText | Should -Be 'prod'
        }
        finally {
            $env:AWS_SHARED_CREDENTIALS_FILE, $env:AWS_CONFIG_FILE = $saved
        }
    }

    It 'Lets_ToolChoice_name_any_tool_although_it_suggests_auto_and_any' {
        (Get-Command Invoke-BedrockConverse).Parameters['ToolChoice'].Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] }) |
            Should -BeNullOrEmpty
    }
}
