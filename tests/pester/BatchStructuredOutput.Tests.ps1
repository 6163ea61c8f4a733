# Answers as data from batch jobs: the schema travels in every record and in the row manifest, Receive checks the answers.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    # Rule: every structured answer of Sonnet 4.5 breaks the schema.
    $script:scenarioPath = Join-Path $TestDrive 'batch-structured.json'
    '{ "rules": [ { "model": "*sonnet-4-5*", "structuredOutput": "invalid" } ] }' | Set-Content -LiteralPath $scenarioPath
    $script:emulator = Start-BedrockEmulator -Scenario $scenarioPath
    $emulator | Set-BedrockConfiguration -Reset
    $script:role = 'arn:aws:iam::123456789012:role/BedrockBatch'
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
    function script:New-Rows([int] $count) {
        1..$count | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Ticket $_ : charged twice"; Summary = 'from the row' } }
    }
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Batch jobs with -JsonSchema' {
    It 'Sends_the_schema_as_a_forced_tool_by_default_and_gives_validated_Data_in_a_fresh_process' {
        $job = New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -JsonSchema $ticket -S3Uri s3://pester-batch-so/runs -RoleArn $role -JobName so-tool
        ($job | Wait-BedrockBatchJob -PollIntervalSec 0.1).Status | Should -Be 'Completed'
        $secret = $emulator.Credential.GetNetworkCredential().Password
        $run = Invoke-FreshPwsh -TimeoutSeconds 120 -Environment @{
            JOB_ID = $job.JobId; BEDROCK = $emulator.EndpointUrl; S3 = $emulator.S3EndpointUrl
            AWS_ACCESS_KEY_ID = $emulator.AccessKeyId; AWS_SECRET_ACCESS_KEY = $secret; AWS_REGION = $emulator.Region
        } -Script @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$results = @(Receive-BedrockBatchJob $env:JOB_ID -EndpointUrl $env:BEDROCK -S3EndpointUrl $env:S3)
Write-TestResult @{
    Ids = @($results | ForEach-Object { $_.Input.Id }); Categories = @($results | ForEach-Object { $_.Data.category })
    Priorities = @($results | ForEach-Object { $_.Data.priority }); Tool = $results[0].ToolUse[0].Name
}
'@
        $run.Result | Should -Not -BeNullOrEmpty -Because "$($run.Output) $($run.Error)"
        $run.Result.Ids | Should -Be (1..100)
        $run.Result.Tool | Should -Be 'structured_output'
        $run.Result.Categories | ForEach-Object { $_ | Should -BeIn @('billing', 'bug', 'other') }
        $run.Result.Priorities | ForEach-Object { $_ | Should -BeGreaterOrEqual 1; $_ | Should -BeLessOrEqual 5 }
    }

    It 'Sends_the_schema_natively_with_StructuredOutputMode_Native' {
        $job = New-Rows 100 | Start-BedrockBatchJob -ModelId $native -JsonSchema ($ticket | ConvertTo-Json -Depth 5) -StructuredOutputMode Native `
            -S3Uri s3://pester-batch-so/runs -RoleArn $role -JobName so-native
        $job | Wait-BedrockBatchJob -PollIntervalSec 0.1 | Out-Null
        $results = @(Receive-BedrockBatchJob $job.JobId)
        $results.Count | Should -Be 100
        $results[0].ToolUse | Should -BeNullOrEmpty
        $results[0].Data.category | Should -BeIn @('billing', 'bug', 'other')
        $results[99].Input.Id | Should -Be 100
    }

    It 'Fails_each_record_whose_answer_breaks_the_schema_with_its_row_and_raw_text_and_no_repair' {
        $job = New-Rows 100 | Start-BedrockBatchJob -ModelId $broken -JsonSchema $ticket -S3Uri s3://pester-batch-so/runs -RoleArn $role -JobName so-broken
        $job | Wait-BedrockBatchJob -PollIntervalSec 0.1 | Out-Null
        $before = $emulator.RequestCount
        $results = @(Receive-BedrockBatchJob $job.JobId -ErrorVariable failures -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 0
        $failures.Count | Should -Be 100
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidStructuredOutput*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $failures[0].TargetObject.Id | Should -Be 1
        $failures[41].TargetObject.Id | Should -Be 42
        $failures[0].Exception.RawText | Should -Not -BeNullOrEmpty
        $failures[0].Exception.Message | Should -Match 'no repair round'
        # Receiving reads S3 and the job only: no model call is made to repair anything.
        ($emulator.RequestCount - $before) | Should -BeLessThan 10
    }

    It 'Writes_flat_rows_with_Flatten_keeping_a_column_the_data_shares_a_name_with' {
        $job = New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -JsonSchema $ticket -S3Uri s3://pester-batch-so/runs -RoleArn $role -JobName so-flat
        $job | Wait-BedrockBatchJob -PollIntervalSec 0.1 | Out-Null
        $out = Join-Path $TestDrive 'flat.csv'
        Receive-BedrockBatchJob $job.JobId -Flatten | Export-Csv -LiteralPath $out -NoTypeInformation
        $rows = @(Import-Csv -LiteralPath $out)
        $rows.Count | Should -Be 100
        $rows[0].PSObject.Properties.Name | Should -Be @('Id', 'Prompt', 'Summary', 'category', 'priority', 'Data_summary')
        $rows[0].Summary | Should -Be 'from the row'
        $rows[9].Id | Should -Be '10'
    }

    It 'Refuses_Flatten_for_a_job_started_without_a_schema' {
        $job = New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -S3Uri s3://pester-batch-so/runs -RoleArn $role -JobName so-plain
        $job | Wait-BedrockBatchJob -PollIntervalSec 0.1 | Out-Null
        $results = @(Receive-BedrockBatchJob $job.JobId -Flatten -ErrorVariable failures -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 0
        $failures[0].Exception.Message | Should -Match 'JsonSchema'
        $failures[0].TargetObject | Should -Be $job.JobId
    }

    It 'Refuses_a_bad_schema_before_anything_is_written_or_sent' {
        $before = $emulator.RequestCount
        { New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -JsonSchema '{ "type": "object", "properties": ' -S3Uri s3://pester-batch-so/runs -RoleArn $role } |
            Should -Throw -ErrorId 'BedrockPS.InvalidJsonSchema*'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Shows_the_plan_under_WhatIf_with_the_schema_in_each_record_and_sends_nothing' {
        $before = $emulator.RequestCount
        $plain = New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -S3Uri s3://pester-batch-so/plan -RoleArn $role -WhatIf -Verbose 4>&1 | Out-String
        $typed = New-Rows 100 | Start-BedrockBatchJob -ModelId $toolOnly -JsonSchema $ticket -S3Uri s3://pester-batch-so/plan -RoleArn $role -WhatIf -Verbose 4>&1 | Out-String
        $emulator.RequestCount | Should -Be $before
        $bytes = { param($text) [long](([regex]::Match($text, '([0-9,]+) bytes').Groups[1].Value) -replace ',', '') }
        (& $bytes $typed) | Should -BeGreaterThan ((& $bytes $plain) + 100 * 200)
    }
}
