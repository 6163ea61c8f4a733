# Answers as data (-JsonSchema, -Flatten) and the cost and speed controls of Invoke-BedrockConverse, against the emulator.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    # Rules: prompts starting 'flaky' break the first structured answer; every structured answer of Sonnet 4.5 is broken.
    $script:scenarioPath = Join-Path $TestDrive 'structured.json'
    '{ "rules": [ { "prompt": "^flaky", "structuredOutput": "invalid-first" }, { "model": "*sonnet-4-5*", "structuredOutput": "invalid" } ] }' |
        Set-Content -LiteralPath $scenarioPath
    $script:emulator = Start-BedrockEmulator -Scenario $scenarioPath
    $emulator | Set-BedrockConfiguration -Reset
    $script:native = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'   # takes outputConfig
    $script:toolOnly = 'amazon.nova-lite-v1:0'                       # refuses outputConfig, takes tools
    $script:broken = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'  # its structured answers never validate (scenario)
    $script:ticket = [ordered]@{
        type       = 'object'
        properties = [ordered]@{
            category = @{ type = 'string'; enum = @('billing', 'bug', 'other') }
            priority = @{ type = 'integer'; minimum = 1; maximum = 5 }
            summary  = @{ type = 'string' }
        }
        required   = @('category', 'priority', 'summary')
    }
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'The -JsonSchema forms' {
    It 'Takes_a_hashtable_and_returns_validated_data_as_objects' {
        $r = Invoke-BedrockConverse 'My invoice is wrong' -ModelId $native -JsonSchema $ticket
        $r.Data.category | Should -BeIn @('billing', 'bug', 'other')
        $r.Data.priority | Should -BeOfType ([int])
        $r.Data.priority | Should -BeGreaterOrEqual 1
        $r.Data.summary | Should -BeOfType ([string])
        ($r.Text | ConvertFrom-Json).category | Should -Be $r.Data.category
    }

    It 'Takes_JSON_text_and_a_json_file' {
        $json = $ticket | ConvertTo-Json -Depth 5
        (Invoke-BedrockConverse 'from text' -ModelId $native -JsonSchema $json).Data.priority | Should -BeOfType ([int])
        $path = Join-Path $TestDrive 'ticket.schema.json'
        $json | Set-Content -LiteralPath $path
        (Invoke-BedrockConverse 'from a file' -ModelId $native -JsonSchema $path).Data.summary | Should -Not -BeNullOrEmpty
    }

    It 'Takes_a_PowerShell_class_with_ValidateSet_and_ValidateRange' {
        $r = Invoke-Expression @'
class SupportTicket {
    [ValidateSet('billing', 'bug')][string] $Category
    [ValidateRange(1, 3)][int] $Priority
    [string[]] $Tags
}
Invoke-BedrockConverse 'classify this' -ModelId $native -JsonSchema ([SupportTicket])
'@
        $r.Data.Category | Should -BeIn @('billing', 'bug')
        $r.Data.Priority | Should -BeIn @(1, 2, 3)
        , $r.Data.Tags | Should -BeOfType ([object[]])
    }

    It 'Refuses_a_schema_the_service_would_refuse_before_sending_anything' {
        $before = $emulator.RequestCount
        { Invoke-BedrockConverse 'x' -ModelId $native -JsonSchema @{ type = 'object'; properties = @{ a = @{ type = 'string' } }; not = @{ required = @('a') } } -ErrorAction Stop } |
            Should -Throw -ErrorId 'BedrockPS.InvalidJsonSchema*'
        $emulator.RequestCount | Should -Be $before
    }
}

Describe 'Native and tool paths' {
    It 'Sends_the_schema_natively_to_a_model_that_takes_it' {
        $r = Invoke-BedrockConverse 'native please' -ModelId $native -JsonSchema $ticket
        $r.ToolUse.Count | Should -Be 0
        $r.Rounds | Should -Be 1
    }

    It 'Learns_from_the_service_that_a_model_refuses_outputConfig_and_uses_a_forced_tool_from_then_on' {
        $first = Invoke-BedrockConverse 'tool please' -ModelId $toolOnly -JsonSchema $ticket
        $first.ToolUse[0].Name | Should -Be 'structured_output'
        $first.Data.category | Should -BeIn @('billing', 'bug', 'other')
        $before = $emulator.RequestCount
        $second = Invoke-BedrockConverse 'again' -ModelId $toolOnly -JsonSchema $ticket
        $second.Data.priority | Should -BeOfType ([int])
        # Learnt: the second call goes straight to the tool form, one request.
        $emulator.RequestCount - $before | Should -Be 1
    }

    It 'Uses_the_tool_form_when_told_to' {
        $r = Invoke-BedrockConverse 'forced tool' -ModelId $native -JsonSchema $ticket -StructuredOutputMode Tool
        $r.ToolUse[0].Name | Should -Be 'structured_output'
        $r.Data.summary | Should -Not -BeNullOrEmpty
    }
}

Describe 'Repair and failure' {
    It 'Sends_an_invalid_answer_back_once_with_the_findings_and_counts_the_repair_in_usage' {
        $r = Invoke-BedrockConverse 'flaky ticket' -ModelId $native -JsonSchema $ticket
        $r.Rounds | Should -Be 2
        $r.Data.category | Should -BeIn @('billing', 'bug', 'other')
        $single = Invoke-BedrockConverse 'steady ticket' -ModelId $native -JsonSchema $ticket
        $r.InputTokens | Should -BeGreaterThan $single.InputTokens
    }

    It 'Fails_only_the_row_that_stays_invalid_keeping_its_raw_text_while_the_other_rows_go_on' {
        $rows = @(
            [pscustomobject]@{ Prompt = 'first row'; ModelId = $native }
            [pscustomobject]@{ Prompt = 'broken row'; ModelId = $broken }
            [pscustomobject]@{ Prompt = 'third row'; ModelId = $native }
        )
        $results = $rows | Invoke-BedrockConverse -JsonSchema $ticket -ThrottleLimit 3 -ErrorVariable failures -ErrorAction SilentlyContinue
        @($results).Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidStructuredOutput*'
        $failures[0].TargetObject.Prompt | Should -Be 'broken row'
        $failures[0].Exception.RawText | Should -Not -BeNullOrEmpty
    }
}

Describe '-Flatten' {
    It 'Writes_the_input_columns_then_the_data_properties_and_keeps_a_column_the_data_shares_a_name_with' {
        $csv = Join-Path $TestDrive 'tickets.csv'
        @(
            [pscustomobject]@{ Id = 1; Prompt = 'Charged twice'; Summary = 'from the row' }
            [pscustomobject]@{ Id = 2; Prompt = 'App crashes' ; Summary = 'from the row' }
        ) | Export-Csv -LiteralPath $csv -NoTypeInformation
        $out = Join-Path $TestDrive 'out.csv'
        Import-Csv -LiteralPath $csv | Invoke-BedrockConverse -ModelId $native -JsonSchema $ticket -Flatten | Export-Csv -LiteralPath $out -NoTypeInformation
        $rows = Import-Csv -LiteralPath $out
        $rows.Count | Should -Be 2
        $rows[0].PSObject.Properties.Name | Should -Be @('Id', 'Prompt', 'Summary', 'category', 'priority', 'Data_summary')
        $rows[0].Summary | Should -Be 'from the row'
        $rows[1].Id | Should -Be '2'
        $rows[1].category | Should -BeIn @('billing', 'bug', 'other')
    }

    It 'Needs_a_schema' {
        { Invoke-BedrockConverse 'x' -Flatten -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
    }
}

Describe 'Streaming and sessions' {
    It 'Streams_the_JSON_and_ends_with_the_data' {
        $r = Invoke-BedrockConverse 'stream it' -ModelId $native -JsonSchema $ticket -Stream -InformationVariable streamed 6>$null
        ($streamed.MessageData.Message -join '') | ConvertFrom-Json | Select-Object -ExpandProperty category | Should -Be $r.Data.category
    }

    It 'Keeps_the_structured_answer_as_a_turn_of_the_session_and_a_failed_row_adds_nothing' {
        $session = New-BedrockSession -ModelId $native
        $null = Invoke-BedrockConverse 'first' -Session $session -JsonSchema $ticket
        $session.Turns | Should -Be 1
        $session.Messages.Count | Should -Be 2
        Invoke-BedrockConverse 'broken one' -Session $session -ModelId $broken -JsonSchema $ticket -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $session.Turns | Should -Be 1
        $session.Messages.Count | Should -Be 2
    }
}

Describe 'Cost and speed controls' {
    It 'Asks_for_a_service_tier_and_reports_the_tier_the_service_used' {
        (Invoke-BedrockConverse 'cheap' -ModelId $toolOnly -ServiceTier Flex).ServiceTier | Should -Be 'flex'
    }

    It 'Binds_the_controls_from_CSV_columns' {
        $r = [pscustomobject]@{ Prompt = 'row'; ServiceTier = 'priority'; ModelId = $toolOnly } | Invoke-BedrockConverse
        $r.ServiceTier | Should -Be 'priority'
    }

    It 'Refuses_request_metadata_the_service_would_refuse_before_sending' {
        $before = $emulator.RequestCount
        { Invoke-BedrockConverse 'x' -RequestMetadata @{ 'bad key!' = 'v' } -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        { Invoke-BedrockConverse 'x' -RequestMetadata (1..17 | ForEach-Object -Begin { $h = @{} } -Process { $h["k$_"] = 'v' } -End { $h }) -ErrorAction Stop } |
            Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
        (Invoke-BedrockConverse 'tagged' -RequestMetadata @{ pipeline = 'nightly-42' }).Text | Should -Be 'Echo: tagged'
    }

    It 'Writes_a_cached_system_prompt_once_and_reads_it_in_later_rows' {
        $system = 'You answer support tickets for a shop that sells bicycles and their parts. ' * 500
        $results = 'row one', 'row two', 'row three' | Invoke-BedrockConverse -ModelId $native -System $system -CacheSystemPrompt -CacheTtl 1h
        $results[0].CacheWriteInputTokens | Should -BeGreaterThan 0
        $results[0].CacheReadInputTokens | Should -Be 0
        $results[1].CacheReadInputTokens | Should -Be $results[0].CacheWriteInputTokens
        $results[2].CacheWriteInputTokens | Should -Be 0
        $usage = Get-BedrockUsage | Where-Object ModelId -eq $native
        $usage.CacheReadInputTokens | Should -BeGreaterOrEqual (2 * $results[0].CacheWriteInputTokens)
    }

    It 'Asks_for_optimized_latency_only_of_models_that_offer_it_and_says_so_otherwise' {
        { Invoke-BedrockConverse 'fast' -ModelId $native -Latency Optimized -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.Validation*'
    }
}

Describe 'Usage by service tier' {
    It 'Tallies_each_tier_of_a_model_apart_and_prices_it_with_the_tier_price' {
        $model = 'amazon.nova-pro-v1:0'
        $null = Invoke-BedrockConverse 'flex row' -ModelId $model -ServiceTier Flex
        $null = Invoke-BedrockConverse 'priority row' -ModelId $model -ServiceTier Priority
        $prices = @{
            "$model"       = @{ InputPer1K = 1; OutputPer1K = 1 }
            "$model@flex"  = @{ InputPer1K = 0.5; OutputPer1K = 0.5; CacheReadPer1K = 0.05 }
        }
        $rows = Get-BedrockUsage -ModelId $model -PriceTable $prices
        $flex = $rows | Where-Object ServiceTier -eq 'flex'
        $priority = $rows | Where-Object ServiceTier -eq 'priority'
        $flex.Calls | Should -Be 1
        $priority.Calls | Should -Be 1
        $flex.EstimatedCost | Should -Be ([decimal](($flex.InputTokens + $flex.OutputTokens) * 0.5 / 1000))
        $priority.EstimatedCost | Should -Be ([decimal](($priority.InputTokens + $priority.OutputTokens) / 1000))
    }
}
