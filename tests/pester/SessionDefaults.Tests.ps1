# Request defaults held by a session (New-BedrockSession -JsonSchema, -ServiceTier, ...) and by the configuration
# (Set-BedrockConfiguration -DefaultServiceTier, -DefaultCacheTtl), against the emulator.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset
    $script:native = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
    $script:toolOnly = 'amazon.nova-lite-v1:0'
    $script:ticket = [ordered]@{
        type       = 'object'
        properties = [ordered]@{
            category = @{ type = 'string'; enum = @('billing', 'bug', 'other') }
            priority = @{ type = 'integer'; minimum = 1; maximum = 5 }
        }
        required   = @('category', 'priority')
    }
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'A session schema' {
    It 'Makes_every_turn_an_answer_as_data_without_-JsonSchema_on_the_call' {
        $session = New-BedrockSession -ModelId $native -JsonSchema $ticket
        $session.JsonSchema | Should -BeOfType ([string])
        ($session.JsonSchema | ConvertFrom-Json).required | Should -Be @('category', 'priority')
        $session.StructuredOutputMode | Should -Be 'Auto'
        $r = Invoke-BedrockConverse 'My invoice is wrong' -Session $session
        $r.Data.category | Should -BeIn @('billing', 'bug', 'other')
        $r.Data.priority | Should -BeOfType ([int])
        $session.Turns | Should -Be 1
    }

    It 'Flattens_rows_with_the_sessions_schema' {
        $session = New-BedrockSession -ModelId $native -JsonSchema $ticket
        $rows = @([pscustomobject]@{ Id = 7; Prompt = 'The app crashes' }) | Invoke-BedrockConverse -Session $session -Flatten
        $rows[0].Id | Should -Be 7
        $rows[0].category | Should -BeIn @('billing', 'bug', 'other')
    }

    It 'Goes_as_a_forced_tool_when_the_session_says_Tool_and_a_call_can_say_otherwise' {
        $session = New-BedrockSession -ModelId $native -JsonSchema $ticket -StructuredOutputMode Tool
        $session.StructuredOutputMode | Should -Be 'Tool'
        (Invoke-BedrockConverse 'as a tool' -Session $session).ToolUse[0].Name | Should -Be 'structured_output'
        $native = Invoke-BedrockConverse 'natively' -Session $session -StructuredOutputMode Native
        $native.ToolUse.Count | Should -Be 0
        $native.Data.priority | Should -BeOfType ([int])
    }

    It 'Gives_way_to_the_calls_own_schema' {
        $session = New-BedrockSession -ModelId $native -JsonSchema $ticket
        $r = Invoke-BedrockConverse 'just a word' -Session $session -JsonSchema @{ type = 'object'; properties = @{ word = @{ type = 'string' } }; required = @('word') }
        $r.Data.word | Should -BeOfType ([string])
        $r.Data.PSObject.Properties.Name | Should -Not -Contain 'category'
    }

    It 'Survives_Export_and_Import_and_still_checks_answers' {
        $session = New-BedrockSession -ModelId $toolOnly -JsonSchema $ticket -StructuredOutputMode Tool -ServiceTier Flex -CacheTtl 1h -RequestMetadata @{ team = 'support' }
        $null = Invoke-BedrockConverse 'first' -Session $session
        $path = Join-Path $TestDrive 'with-defaults.json'
        $session | Export-BedrockSession -Path $path
        (Get-Content -LiteralPath $path -Raw | ConvertFrom-Json).formatVersion | Should -Be 2
        $loaded = Import-BedrockSession -Path $path
        $loaded.JsonSchema | Should -Be $session.JsonSchema
        $loaded.StructuredOutputMode | Should -Be 'Tool'
        $loaded.ServiceTier | Should -Be 'flex'
        $loaded.CacheTtl | Should -Be '1h'
        $loaded.RequestMetadata['team'] | Should -Be 'support'
        $r = Invoke-BedrockConverse 'second' -Session $loaded
        $r.Data.category | Should -BeIn @('billing', 'bug', 'other')
        $r.ServiceTier | Should -Be 'flex'
        $loaded.Turns | Should -Be 2
    }

    It 'Refuses_a_bad_schema_or_a_mode_without_a_schema_before_anything_is_sent' {
        $before = $emulator.RequestCount
        { New-BedrockSession -ModelId $native -JsonSchema @{ type = 'object'; not = @{ required = @('a') } } -ErrorAction Stop } |
            Should -Throw -ErrorId 'BedrockPS.InvalidJsonSchema*'
        { New-BedrockSession -ModelId $native -StructuredOutputMode Tool -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        { New-BedrockSession -ModelId $native -RequestMetadata @{ 'bad key!' = 'v' } -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        { New-BedrockSession -ModelId $native -Effort ('x' * 17) -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
    }
}

Describe 'Session and configured cost controls' {
    AfterEach { Set-BedrockConfiguration -DefaultServiceTier $null -DefaultCacheTtl $null }

    It 'Uses_the_sessions_service_tier_unless_the_call_gives_one' {
        $session = New-BedrockSession -ModelId $toolOnly -ServiceTier Flex
        $session.ServiceTier | Should -Be 'flex'
        (Invoke-BedrockConverse 'cheap' -Session $session).ServiceTier | Should -Be 'flex'
        (Invoke-BedrockConverse 'urgent' -Session $session -ServiceTier Priority).ServiceTier | Should -Be 'priority'
    }

    It 'Uses_the_configured_tier_when_neither_call_nor_session_gives_one' {
        Set-BedrockConfiguration -DefaultServiceTier Flex
        (Get-BedrockConfiguration).DefaultServiceTier | Should -Be 'flex'
        (Invoke-BedrockConverse 'configured' -ModelId $toolOnly).ServiceTier | Should -Be 'flex'
        $session = New-BedrockSession -ModelId $toolOnly -ServiceTier Priority
        (Invoke-BedrockConverse 'session wins' -Session $session).ServiceTier | Should -Be 'priority'
        (Invoke-BedrockConverse 'call wins' -ModelId $toolOnly -ServiceTier Default).ServiceTier | Should -Be 'default'
        Set-BedrockConfiguration -DefaultServiceTier ''
        (Get-BedrockConfiguration).DefaultServiceTier | Should -BeNullOrEmpty
    }

    It 'Caches_the_system_prompt_of_every_turn_when_the_session_says_so' {
        $system = 'You answer questions about a shop that sells bicycles and their parts. ' * 500
        $session = New-BedrockSession -ModelId $native -System $system -CacheSystemPrompt -CacheTtl 1h
        $session.CacheSystemPrompt | Should -BeTrue
        $first = Invoke-BedrockConverse 'one' -Session $session
        $second = Invoke-BedrockConverse 'two' -Session $session
        $first.CacheWriteInputTokens | Should -BeGreaterThan 0
        $second.CacheReadInputTokens | Should -Be $first.CacheWriteInputTokens
    }

    It 'Shows_the_configured_cache_lifetime_and_refuses_a_bad_one' {
        Set-BedrockConfiguration -DefaultCacheTtl 1h
        (Get-BedrockConfiguration).DefaultCacheTtl | Should -Be '1h'
        { Set-BedrockConfiguration -DefaultCacheTtl 2d -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        { Set-BedrockConfiguration -DefaultServiceTier gold -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        (Get-BedrockConfiguration).DefaultCacheTtl | Should -Be '1h'
    }
}
