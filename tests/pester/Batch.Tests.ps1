# The batch cmdlets from the built module: a job started here is received in a fresh process that holds only its id.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:emulator = Start-BedrockEmulator
    $emulator | Set-BedrockConfiguration -Reset
    $script:role = 'arn:aws:iam::123456789012:role/BedrockBatch'
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Batch jobs across sessions' {
    It 'Receives_in_a_fresh_process_from_the_job_id_alone_in_input_order' {
        $rows = 1..110 | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Fresh session question $_"; Team = "t$($_ % 3)" } }
        $job = $rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://pester-batch/runs -RoleArn $role -JobName fresh-session
        $job | Should -BeOfType ([BedrockPS.BatchJob])
        $done = $job | Wait-BedrockBatchJob -PollIntervalSec 0.1
        $done.Status | Should -Be 'Completed'

        $secret = $emulator.Credential.GetNetworkCredential().Password
        $run = Invoke-FreshPwsh -TimeoutSeconds 120 -Environment @{
            JOB_ID = $job.JobId; BEDROCK = $emulator.EndpointUrl; S3 = $emulator.S3EndpointUrl
            AWS_ACCESS_KEY_ID = $emulator.AccessKeyId; AWS_SECRET_ACCESS_KEY = $secret; AWS_REGION = $emulator.Region
        } -Script @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$results = @(Receive-BedrockBatchJob $env:JOB_ID -EndpointUrl $env:BEDROCK -S3EndpointUrl $env:S3)
Write-TestResult @{ Ids = @($results | ForEach-Object { $_.Input.Id }); Teams = @($results | ForEach-Object { $_.Input.Team }); Texts = @($results | ForEach-Object { $_.Text }) }
'@
        $run.TimedOut | Should -BeFalse
        $run.Result | Should -Not -BeNullOrEmpty -Because "$($run.Output) $($run.Error)"
        $run.Result.Ids | Should -Be (1..110)
        $run.Result.Teams[4] | Should -Be 't2'
        $run.Result.Texts[0] | Should -Be 'Echo: Fresh session question 1'
    }

    It 'Plans_under_WhatIf_without_creating_a_job' {
        $before = $emulator.RequestCount
        1..200 | ForEach-Object { "Row $_" } | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://pester-batch/plan -RoleArn $role -WhatIf
        $emulator.RequestCount | Should -Be $before
    }

    It 'Refuses_too_few_rows_with_the_error_id_and_a_pointer_to_Invoke_BedrockConverse' {
        $failure = { 1..5 | ForEach-Object { "Row $_" } | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://pester-batch/few -RoleArn $role } |
            Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'BedrockPS.TooFewBatchRows*'
        $failure.Exception.Message | Should -Match 'Invoke-BedrockConverse'
    }
}
