# Invoke-BedrockModel, Measure-BedrockToken and Invoke-BedrockGuardrail against the emulator.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset
    $script:claude = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
    $script:claudeBody = @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 50; messages = @(@{ role = 'user'; content = 'native hello' }) }
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Invoke-BedrockModel' {
    It 'Accepts_a_hashtable_and_returns_the_parsed_body' {
        $r = Invoke-BedrockModel -ModelId $claude -Body $claudeBody
        $r | Should -BeOfType ([BedrockPS.InvokeModelResult])
        $r.Body.content[0].text | Should -Be 'Echo: native hello'
        $r.RawBody | Should -Match '"type":"message"'
        $r.ContentType | Should -Match 'json'
        $r.InputTokens | Should -Be 2
        $r.OutputTokens | Should -Be 3
        $r.RequestId | Should -Not -BeNullOrEmpty
    }

    It 'Accepts_JSON_text_a_PSCustomObject_and_bytes' {
        $json = $claudeBody | ConvertTo-Json -Depth 5
        (Invoke-BedrockModel -ModelId $claude -Body $json).Body.content[0].text | Should -Be 'Echo: native hello'
        (Invoke-BedrockModel -ModelId $claude -Body ($json | ConvertFrom-Json)).Body.content[0].text | Should -Be 'Echo: native hello'
        (Invoke-BedrockModel -ModelId $claude -Body ([Text.Encoding]::UTF8.GetBytes($json))).Body.content[0].text | Should -Be 'Echo: native hello'
    }

    It 'Speaks_the_Titan_text_format' {
        $r = Invoke-BedrockModel -ModelId 'amazon.titan-text-express-v1' -Body @{ inputText = 'titan hi'; textGenerationConfig = @{ maxTokenCount = 20 } }
        $r.Body.results[0].outputText | Should -Be 'Echo: titan hi'
    }

    It 'Refuses_malformed_JSON_text_before_sending' {
        $before = $emulator.RequestCount
        Invoke-BedrockModel -ModelId $claude -Body '{"broken":' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Writes_each_chunk_as_it_arrives_with_Stream' {
        $chunks = Invoke-BedrockModel -ModelId $claude -Body $claudeBody -Stream
        $chunks.Count | Should -BeGreaterThan 3
        $chunks[0] | Should -BeOfType ([BedrockPS.ModelStreamChunk])
        ($chunks.Text -join '') | Should -Be 'Echo: native hello'
        $chunks.Index | Should -Be (0..($chunks.Count - 1))
    }
}

Describe 'Measure-BedrockToken' {
    It 'Counts_a_prompt_a_session_and_a_native_body' {
        (Measure-BedrockToken -ModelId $claude -Message 'one two three four').InputTokens | Should -Be 4
        $session = New-BedrockSession -ModelId $claude
        Invoke-BedrockConverse -Message 'alpha beta' -Session $session | Out-Null
        (Measure-BedrockToken -Session $session).InputTokens | Should -BeGreaterThan 2
        (Measure-BedrockToken -ModelId $claude -Body $claudeBody).InputTokens | Should -Be 2
    }
}

Describe 'Invoke-BedrockGuardrail' {
    It 'Returns_the_guardrail_verdict' {
        $r = Invoke-BedrockGuardrail -GuardrailIdentifier 'grtest1' -GuardrailVersion DRAFT -Text 'a harmless sentence'
        $r | Should -BeOfType ([BedrockPS.GuardrailResult])
        $r.Action | Should -BeIn @('NONE', 'GUARDRAIL_INTERVENED')
        $r.Usage | Should -Not -BeNullOrEmpty
        $r.Input | Should -Be 'a harmless sentence'
    }
}
