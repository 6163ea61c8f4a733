# Invoke-BedrockConverse against the emulator: single calls, streaming, CSV batches, multimodal checks, errors.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset
    $script:model = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Invoke-BedrockConverse single calls' {
    It 'Answers_with_a_ConverseResult_carrying_text_usage_and_request_id' {
        $r = Invoke-BedrockConverse -ModelId $model -Message 'Explain DNS briefly'
        $r | Should -BeOfType ([BedrockPS.ConverseResult])
        $r.Text | Should -Be 'Echo: Explain DNS briefly'
        $r.StopReason | Should -Be 'end_turn'
        $r.InputTokens | Should -Be 3
        $r.OutputTokens | Should -Be 4
        $r.TotalTokens | Should -Be 7
        $r.RequestId | Should -Match '^[0-9a-f-]{36}$'
        $r.Message.Role | Should -Be 'assistant'
        $r.Input | Should -Be 'Explain DNS briefly'
    }

    It 'Uses_the_default_model_of_the_emulator_configuration_when_no_model_is_given' {
        (Invoke-BedrockConverse 'Explain DNS').ModelId | Should -Be $emulator.DefaultModelId
    }

    It 'Shows_its_text_in_string_contexts' {
        $r = Invoke-BedrockConverse -Message 'hello there'
        "$r" | Should -Be 'Echo: hello there'
    }

    It 'Honours_MaxTokens_and_StopSequence' {
        (Invoke-BedrockConverse -Message 'one two three four five' -MaxTokens 2).StopReason | Should -Be 'max_tokens'
        (Invoke-BedrockConverse -Message 'alpha STOP beta' -StopSequence 'STOP').StopReason | Should -Be 'stop_sequence'
    }

    It 'Refuses_an_empty_prompt_before_sending' {
        $before = $emulator.RequestCount
        Invoke-BedrockConverse -Message '   ' -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Refuses_a_temperature_out_of_range_before_sending' {
        $before = $emulator.RequestCount
        Invoke-BedrockConverse -Message 'hi' -Temperature 1.5 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $err[0].Exception.Message | Should -Match 'Temperature'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Maps_an_unknown_model_to_ModelNotFound_with_the_input_as_target' {
        Invoke-BedrockConverse -ModelId 'vendor.no-such-model-v1:0' -Message 'hi' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelNotFound*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'hi'
        $err[0].ErrorDetails.Message | Should -Match 'Get-BedrockModel'
    }

    It 'Shows_request_id_attempts_latency_and_usage_verbosely_without_secrets' {
        $verbose = Invoke-BedrockConverse -Message 'verbose please' -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $text = ($verbose | ForEach-Object Message) -join "`n"
        $text | Should -Match 'request id [0-9a-f-]{36}'
        $text | Should -Match 'attempt'
        $text | Should -Match 'latency'
        $text | Should -Match 'tokens in 2 / out 3'
        $text | Should -Not -Match ([regex]::Escape($emulator.Credential.GetNetworkCredential().Password))
    }
}

Describe 'Invoke-BedrockConverse attachments' {
    It 'Sends_a_png_image_and_a_text_document' {
        $png = Join-Path $TestDrive 'pixel.png'
        [IO.File]::WriteAllBytes($png, [Convert]::FromBase64String('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='))
        $doc = Join-Path $TestDrive 'notes_v1.2.txt'
        Set-Content -Path $doc -Value 'Some notes'
        $r = Invoke-BedrockConverse -Message 'Describe these' -Image $png -Document $doc
        $r.Text | Should -Be 'Echo: Describe these'
    }

    It 'Refuses_an_image_whose_bytes_do_not_match_its_extension' {
        $fake = Join-Path $TestDrive 'fake.png'
        Set-Content -Path $fake -Value 'not an image'
        $before = $emulator.RequestCount
        Invoke-BedrockConverse -Message 'look' -Image $fake -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Refuses_an_unsupported_document_format_and_a_missing_file' {
        $exe = Join-Path $TestDrive 'tool.exe'
        Set-Content -Path $exe -Value 'x'
        Invoke-BedrockConverse -Message 'read' -Document $exe -ErrorVariable err1 -ErrorAction SilentlyContinue
        $err1[0].Exception.Message | Should -Match 'pdf, csv'
        Invoke-BedrockConverse -Message 'read' -Document (Join-Path $TestDrive 'missing.pdf') -ErrorVariable err2 -ErrorAction SilentlyContinue
        $err2[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.FileNotFound*'
    }

    It 'Refuses_an_image_over_the_size_limit' {
        $big = Join-Path $TestDrive 'big.png'
        $bytes = New-Object byte[] (4MB)
        [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) | ForEach-Object -Begin { $i = 0 } -Process { $bytes[$i++] = $_ }
        [IO.File]::WriteAllBytes($big, $bytes)
        Invoke-BedrockConverse -Message 'look' -Image $big -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -Match '3.75 MB'
    }
}

Describe 'Invoke-BedrockConverse -Stream' {
    It 'Writes_each_delta_to_the_information_stream_then_the_same_result' {
        $r = Invoke-BedrockConverse -Message 'stream these five words' -Stream -InformationVariable iv
        $deltas = @($iv | Where-Object { $_.Tags -contains 'BedrockPS.Stream' -and $_.MessageData.NoNewLine })
        $deltas.Count | Should -BeGreaterThan 3
        (($deltas | ForEach-Object { $_.MessageData.Message }) -join '') | Should -Be 'Echo: stream these five words'
        $r.Text | Should -Be 'Echo: stream these five words'
        $r.OutputTokens | Should -Be 5
    }

    It 'Shows_deltas_while_the_answer_is_still_coming' {
        # The emulator sends two deltas, then holds the rest until the client goes away: deltas seen by then were
        # written before any result could exist. Waits below only guard against a hang.
        $stalled = Start-BedrockEmulator -Fault StallStream
        $runner = [powershell]::Create()
        try {
            $null = $runner.AddScript("Import-Module '$(Get-BedrockManifestPath)'; Invoke-BedrockConverse -Message 'one two three four' -Stream -EndpointUrl '$($stalled.EndpointUrl)' -Region '$($stalled.Region)' -Credential `$args[0]").AddArgument($stalled.Credential)
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $handle = $runner.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            do {
                Start-Sleep -Milliseconds 50
                $deltas = @($runner.Streams.Information | Where-Object { $_.Tags -contains 'BedrockPS.Stream' -and $_.MessageData.NoNewLine })
            } until ($deltas.Count -ge 2 -or [DateTime]::UtcNow -gt $deadline)
            (($deltas | ForEach-Object { $_.MessageData.Message }) -join '') | Should -Be 'Echo: one'
            $output.Count | Should -Be 0 -Because 'the answer is still coming'
            $handle.IsCompleted | Should -BeFalse
            $runner.Stop()
        }
        finally {
            $runner.Dispose()
            $stalled | Stop-BedrockEmulator
        }
    }

    It 'Keeps_the_partial_text_when_the_stream_is_cut' {
        $scenario = Join-Path $TestDrive 'cut.json'
        '{"rules":[{"prompt":"cut me","reply":"one two three four five six seven","fault":"cut:3"}]}' | Set-Content $scenario
        $cutting = Start-BedrockEmulator -Scenario $scenario -StreamDelayMs 20
        try {
            Invoke-BedrockConverse -Message 'cut me off in the middle please' -Stream -EndpointUrl $cutting.EndpointUrl -Credential $cutting.Credential -ErrorVariable err -ErrorAction SilentlyContinue -InformationAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.StreamInterrupted*'
            $err[0].Exception.PartialText | Should -Be 'one two three'
            $err[0].ErrorDetails.Message | Should -Match '13 characters had arrived'
        }
        finally {
            $cutting | Stop-BedrockEmulator
        }
    }
}

Describe 'Invoke-BedrockConverse batches' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'prompts.csv'
        $rows = 1..20 | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Question number $_"; System = 'Be brief' } }
        $rows | Export-Csv -Path $csv -NoTypeInformation
    }

    It 'Answers_CSV_rows_in_input_order_carrying_each_row_as_Input' {
        $results = Import-Csv $csv | Invoke-BedrockConverse -ThrottleLimit 8
        $results.Count | Should -Be 20
        for ($i = 0; $i -lt 20; $i++) {
            $results[$i].Text | Should -Be "Echo: Question number $($i + 1)"
            $results[$i].Input.Id | Should -Be ([string]($i + 1))
        }
    }

    It 'Flattens_into_CSV_with_scalar_columns' {
        $out = Join-Path $TestDrive 'answers.csv'
        Import-Csv $csv | Select-Object -First 3 | Invoke-BedrockConverse -ThrottleLimit 4 |
            Select-Object Text, StopReason, InputTokens, OutputTokens, LatencyMs | Export-Csv $out -NoTypeInformation
        $back = Import-Csv $out
        $back.Count | Should -Be 3
        $back[2].Text | Should -Be 'Echo: Question number 3'
        $back[0].StopReason | Should -Be 'end_turn'
        [int]$back[0].OutputTokens | Should -Be 4
    }

    It 'Writes_one_error_targeting_the_failed_row_while_the_others_go_on' {
        $rows = @(
            [pscustomobject]@{ Message = 'first' }
            [pscustomobject]@{ Message = 'second'; ModelId = 'vendor.no-such-model-v1:0' }
            [pscustomobject]@{ Message = '' }
            [pscustomobject]@{ Message = 'fourth' }
        )
        $results = $rows | Invoke-BedrockConverse -ThrottleLimit 3 -ErrorVariable err -ErrorAction SilentlyContinue
        $results.Text | Should -Be @('Echo: first', 'Echo: fourth')
        $err.Count | Should -Be 2
        $err[0].TargetObject.ModelId | Should -Be 'vendor.no-such-model-v1:0'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelNotFound*'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
    }

    It 'Absorbs_throttling_with_retries' {
        $throttling = Start-BedrockEmulator -Fault Throttling -FaultEveryNthRequest 3
        # With three rows in flight a retry can land on another third request; enough attempts make a row's
        # failure on every attempt practically impossible.
        Set-BedrockConfiguration -MaxAttempts 10
        try {
            $results = 1..9 | ForEach-Object { "row $_" } |
                Invoke-BedrockConverse -ThrottleLimit 3 -EndpointUrl $throttling.EndpointUrl -Credential $throttling.Credential -ErrorVariable err
            $err | Should -BeNullOrEmpty
            $results.Text | Should -Be (1..9 | ForEach-Object { "Echo: row $_" })
            $throttling.RequestCount | Should -BeGreaterThan 9
        }
        finally {
            $throttling | Stop-BedrockEmulator
            $emulator | Set-BedrockConfiguration -Reset
        }
    }

    It 'Refuses_Stream_with_a_ThrottleLimit_above_one' {
        { 'a' | Invoke-BedrockConverse -Stream -ThrottleLimit 2 -ErrorAction Stop } | Should -Throw -ErrorId 'BedrockPS.InvalidInput*'
    }
}

Describe 'Invoke-BedrockConverse with a session' {
    It 'Appends_each_exchange_to_the_session_and_pipes_into_the_next_call' {
        $session = New-BedrockSession -ModelId $model -System 'You are terse'
        $r1 = Invoke-BedrockConverse -Message 'first question' -Session $session
        $r1.Session | Should -Be $session
        $session.Turns | Should -Be 1
        $r2 = $r1 | Invoke-BedrockConverse -Message 'and then?'
        $r2.Text | Should -Be 'Echo: and then?'
        $session.Turns | Should -Be 2
        $session.Messages.Count | Should -Be 4
    }

    It 'Continues_a_session_piped_in_by_itself' {
        $session = New-BedrockSession -ModelId $model
        $session | Invoke-BedrockConverse -Message 'piped turn' | Out-Null
        $session.Turns | Should -Be 1
    }

    It 'Leaves_the_session_unchanged_when_the_call_fails' {
        $session = New-BedrockSession -ModelId 'vendor.no-such-model-v1:0'
        Invoke-BedrockConverse -Message 'hello' -Session $session -ErrorAction SilentlyContinue
        $session.Turns | Should -Be 0
        $session.Messages.Count | Should -Be 0
    }
}

Describe 'Invoke-BedrockConverse with PowerShell tools' {
    BeforeAll {
        function global:Get-TestWeather { param([Parameter(Mandatory)][string] $City) "Sunny in $City" }
        $script:tool = New-BedrockTool -Command (Get-Command Get-TestWeather)
    }

    AfterAll {
        Remove-Item function:Get-TestWeather -ErrorAction SilentlyContinue
    }

    It 'Returns_the_tool_requests_without_running_them_by_default' {
        $r = Invoke-BedrockConverse -Message 'weather in Paris' -Tool $tool -ToolChoice any
        $r.StopReason | Should -Be 'tool_use'
        $r.ToolUse[0].Name | Should -Be 'Get-TestWeather'
        $r.ToolUse[0].Input.City | Should -Not -BeNullOrEmpty
        $r.Rounds | Should -Be 1
    }

    It 'Runs_the_command_and_sends_its_output_back_with_InvokeTool_Auto' {
        $r = Invoke-BedrockConverse -Message 'Paris' -Tool $tool -ToolChoice any -InvokeTool Auto
        $r.StopReason | Should -Be 'end_turn'
        $r.Rounds | Should -Be 2
        $r.Text | Should -Be 'Tool result: Sunny in Paris'
    }

    It 'Sends_nothing_and_runs_no_tool_under_WhatIf' {
        $before = $emulator.RequestCount
        $r = Invoke-BedrockConverse -Message 'Paris' -Tool $tool -ToolChoice any -InvokeTool Auto -WhatIf
        $r | Should -BeNullOrEmpty
        $emulator.RequestCount | Should -Be $before
    }
}

Describe 'Invoke-BedrockConverse refuses input it cannot send' {
    It 'Refuses_rows_without_a_prompt_column_instead_of_sending_the_row_as_text' {
        $before = $emulator.RequestCount
        $rows = [pscustomobject]@{ Id = 1; Question = 'what is DNS' }, [pscustomobject]@{ Id = 2; Question = 'what is TCP' }
        $results = $rows | Invoke-BedrockConverse -ErrorVariable err -ErrorAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        $err.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $err[1].TargetObject.Id | Should -Be 2
        $emulator.RequestCount | Should -Be $before
    }

    It 'Refuses_a_prompt_larger_than_Bedrock_accepts' {
        $before = $emulator.RequestCount
        Invoke-BedrockConverse -Message ('x' * 25000001) -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
    }
}
