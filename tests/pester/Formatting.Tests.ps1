# Views of the output types: a table and a list view for each, tables that fit 80 columns, real instances from the
# emulator rendering without errors, and a ConverseResult that is its text in a string.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    . (Join-Path $PSScriptRoot 'Formatting/OutputTypes.ps1')
    $typeCases = @(Get-OutputType | ForEach-Object { @{ TypeName = $_.FullName } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset

    $script:haiku = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
    $script:claudeBody = @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 50; messages = @(@{ role = 'user'; content = 'Count to five.' }) }

    . (Join-Path $PSScriptRoot 'Formatting/OutputTypes.ps1')

    function script:Get-View([string] $TypeName, [type] $ControlType) {
        $data = Get-FormatData -TypeName $TypeName -PowerShellVersion $PSVersionTable.PSVersion
        @($data.FormatViewDefinition | Where-Object { $_.Control -is $ControlType })
    }

    # The column or row labels a view shows: the label, or the property name when it has none.
    function script:Get-TableLabel([string] $TypeName) {
        $control = (Get-View $TypeName ([System.Management.Automation.TableControl]))[0].Control
        for ($i = 0; $i -lt $control.Headers.Count; $i++) {
            if ($control.Headers[$i].Label) { $control.Headers[$i].Label } else { $control.Rows[0].Columns[$i].DisplayEntry.Value }
        }
    }

    function script:Get-ListLabel([string] $TypeName) {
        $control = (Get-View $TypeName ([System.Management.Automation.ListControl]))[0].Control
        foreach ($item in $control.Entries[0].Items) { if ($item.Label) { $item.Label } else { $item.DisplayEntry.Value } }
    }

    # One real instance of every output type, from the emulator.
    $tool = New-BedrockTool -Name get_time -Description 'The current time in a time zone' -InputSchema @{
        type = 'object'; properties = @{ zone = @{ type = 'string'; description = 'IANA time zone' } }
    }
    $toolAnswer = Invoke-BedrockConverse -ModelId $haiku -Message 'What time is it in Paris?' -Tool $tool -ToolChoice get_time
    $session = New-BedrockSession -ModelId $haiku -System 'Be brief.'
    $null = Invoke-BedrockConverse -Session $session -Message 'Hello there'
    $script:instances = @{
        'BedrockPS.ConverseResult'       = Invoke-BedrockConverse -ModelId $haiku -Message 'Say something about formatting tables.'
        'BedrockPS.ModelInfo'            = Get-BedrockModel -ModelId 'anthropic.claude-haiku-4-5-20251001-v1:0'
        'BedrockPS.InferenceProfileInfo' = Get-BedrockInferenceProfile | Select-Object -First 1
        'BedrockPS.InvokeModelResult'    = Invoke-BedrockModel -ModelId $haiku -Body $claudeBody
        'BedrockPS.ModelStreamChunk'     = Invoke-BedrockModel -ModelId $haiku -Body $claudeBody -Stream | Where-Object Text | Select-Object -First 1
        'BedrockPS.TokenCount'           = Measure-BedrockToken -ModelId $haiku -Message 'How many tokens is this?'
        'BedrockPS.GuardrailResult'      = Invoke-BedrockGuardrail -GuardrailIdentifier gr1abc2def3 -GuardrailVersion DRAFT -Text 'How do I reset my password?'
        'BedrockPS.BedrockConfiguration' = Get-BedrockConfiguration
        'BedrockPS.EmulatorInfo'         = $emulator
        'BedrockPS.ChatSession'          = $session
        'BedrockPS.ToolDefinition'       = $tool
        'BedrockPS.ToolRequest'          = $toolAnswer.ToolUse[0]
        'BedrockPS.UsageRecord'          = Get-BedrockUsage | Select-Object -First 1
        'BedrockPS.ModelAccess'          = Test-BedrockModelAccess -ModelId 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
        'BedrockPS.BatchJob'             = 1..3 | ForEach-Object { "Row $_" } | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://format-bucket/runs -RoleArn arn:aws:iam::123456789012:role/BedrockBatch -MinimumRecordsPerJob 1
    }
    $script:typeCases = @(Get-OutputType | ForEach-Object { @{ TypeName = $_.FullName } })
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Output type views' {
    It 'Finds_the_output_types_and_has_a_real_instance_of_each' {
        $names = @(Get-OutputType).FullName
        $names.Count | Should -BeGreaterOrEqual 13
        $names | Should -Contain 'BedrockPS.ToolRequest'
        foreach ($name in $names) {
            $instances[$name] | Should -Not -BeNullOrEmpty -Because "the test needs a real $name (add one when adding an output type)"
            $instances[$name].GetType().FullName | Should -Be $name
        }
    }

    It 'Gives_every_output_type_a_table_and_a_list_view' {
        foreach ($case in $typeCases) {
            Get-View $case.TypeName ([System.Management.Automation.TableControl]) | Should -Not -BeNullOrEmpty -Because "$($case.TypeName) needs a table view"
            Get-View $case.TypeName ([System.Management.Automation.ListControl]) | Should -Not -BeNullOrEmpty -Because "$($case.TypeName) needs a list view"
        }
    }

    It 'Keeps_fixed_table_columns_within_80_characters' {
        $data = Get-FormatData -TypeName 'BedrockPS.*' -PowerShellVersion $PSVersionTable.PSVersion
        $tables = @($data.FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] })
        $tables.Count | Should -BeGreaterOrEqual 13
        foreach ($table in $tables) {
            $headers = $table.Control.Headers
            $fixed = ($headers | Measure-Object -Property Width -Sum).Sum + ($headers.Count - 1)
            $flexible = @($headers | Where-Object Width -eq 0).Count
            # Each column without a width still gets at least 8 characters on an 80-column screen.
            ($fixed + 8 * $flexible) | Should -BeLessOrEqual 80 -Because "$($table.Name) must fit 80 columns"
        }
    }

    It 'Renders_<TypeName>_as_a_table_within_80_columns_showing_every_column' -ForEach $typeCases {
        $instance = $instances[$TypeName]
        $text = $instance | Format-Table -DisplayError | Out-String -Width 80
        $text | Should -Not -Match '#ERR'
        $lines = @($text -split "`r?`n" | Where-Object { $_.Trim() })
        # PowerShell drops or wraps columns that do not fit; every label whole on the header line means they fit.
        foreach ($label in Get-TableLabel $TypeName) {
            $lines[0] | Should -Match ('(^|\s)' + [regex]::Escape($label) + '(\s|$)') -Because "column $label fits 80 columns"
        }
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'Renders_<TypeName>_as_a_list_with_every_item' -ForEach $typeCases {
        $instance = $instances[$TypeName]
        $text = $instance | Format-List -DisplayError | Out-String -Width 80
        $text | Should -Not -Match '#ERR'
        foreach ($label in Get-ListLabel $TypeName) {
            $text | Should -Match ('(?m)^' + [regex]::Escape($label) + '\s*:') -Because "list item $label is shown"
        }
    }

    It 'Shows_a_ConverseResult_as_its_list_by_default_with_the_text_first' {
        $result = $instances['BedrockPS.ConverseResult']
        $firstLine = @(($result | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() })[0]
        $firstLine | Should -BeLike "Text*: $(($result.Text -split "`n")[0].Substring(0, 20))*"
    }

    It 'Shows_conversation_messages_as_a_table_and_a_list' {
        $messages = $instances['BedrockPS.ChatSession'].Messages
        $messages.Count | Should -Be 2
        $table = $messages | Format-Table -DisplayError | Out-String -Width 80
        $table | Should -Not -Match '#ERR'
        $table | Should -Match 'Hello there'
        $list = $messages | Format-List -DisplayError | Out-String -Width 80
        $list | Should -Match '(?m)^Role\s*: user'
        $list | Should -Match '(?m)^Content\s*: Hello there'
    }
}

Describe 'ConverseResult in a string' {
    It 'Is_its_text' {
        $result = $instances['BedrockPS.ConverseResult']
        $result.Text | Should -Not -BeNullOrEmpty
        "$result" | Should -BeExactly $result.Text
        [string] $result | Should -BeExactly $result.Text
        ('Answer: {0}' -f $result) | Should -BeExactly ('Answer: ' + $result.Text)
    }
}
