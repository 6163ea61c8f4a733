# The preflight (Test-BedrockModelAccess) and application inference profiles against the emulator: each reason a
# model cannot be used, -Quiet for an if, profiles created with tags, listed, routed to and removed, and usage
# grouped by the id the calls used. Credentials and region problems run in a fresh pwsh with an isolated environment.
BeforeDiscovery {
    $isolated = @{
        AWS_ACCESS_KEY_ID = ''; AWS_SECRET_ACCESS_KEY = ''; AWS_SESSION_TOKEN = ''; AWS_BEARER_TOKEN_BEDROCK = ''
        AWS_PROFILE = ''; AWS_DEFAULT_PROFILE = ''; AWS_REGION = ''; AWS_DEFAULT_REGION = ''; AWS_ENDPOINT_URL = ''
        AWS_EC2_METADATA_DISABLED = 'true'; AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = ''; AWS_CONTAINER_CREDENTIALS_FULL_URI = ''
        AWS_WEB_IDENTITY_TOKEN_FILE = ''; AWS_ROLE_ARN = ''
        AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/bedrockps/credentials'; AWS_CONFIG_FILE = '/nonexistent/bedrockps/config'
    }
    $script:environmentCases = @(
        @{ Name = 'No_credentials'; Environment = $isolated.Clone(); Call = 'Test-BedrockModelAccess amazon.nova-lite-v1:0 -EndpointUrl $e.EndpointUrl -Region us-east-1'; ErrorId = 'BedrockPS.NoCredentials' }
        @{ Name = 'No_region'; Environment = $isolated.Clone(); Call = 'Test-BedrockModelAccess amazon.nova-lite-v1:0 -Credential $e.Credential'; ErrorId = 'BedrockPS.NoRegion' }
        @{ Name = 'No_credentials_with_Quiet'; Environment = $isolated.Clone(); Call = 'Test-BedrockModelAccess amazon.nova-lite-v1:0 -Quiet -EndpointUrl $e.EndpointUrl -Region us-east-1'; ErrorId = 'BedrockPS.NoCredentials' }
    )
    $script:reasonCases = @(
        @{ Condition = 'NotAuthorized'; Code = 'NotAuthorized'; Field = 'AuthorizationStatus'; Value = 'NOT_AUTHORIZED' }
        @{ Condition = 'NotEntitled'; Code = 'NotEntitled'; Field = 'EntitlementAvailability'; Value = 'NOT_AVAILABLE' }
        @{ Condition = 'NotInRegion'; Code = 'NotInRegion'; Field = 'RegionAvailability'; Value = 'NOT_AVAILABLE' }
        @{ Condition = 'AgreementPending'; Code = 'AgreementPending'; Field = 'AgreementStatus'; Value = 'PENDING' }
        @{ Condition = 'AgreementNotAvailable'; Code = 'AgreementNotAvailable'; Field = 'AgreementStatus'; Value = 'NOT_AVAILABLE' }
        @{ Condition = 'AgreementError'; Code = 'AgreementError'; Field = 'AgreementStatus'; Value = 'ERROR' }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
    $script:haiku = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
    $script:lite = 'amazon.nova-lite-v1:0'
    $script:pro = 'amazon.nova-pro-v1:0'
    $script:availability = @{}
    $script:emulator = Start-BedrockEmulator -ModelAvailability @{
        'amazon.nova-pro-v1:0' = 'NotEntitled', 'AgreementPending'
        'amazon.nova-micro-v1:0' = 'NotAuthorized'
    }
    $emulator | Set-BedrockConfiguration -Reset
}

AfterAll {
    $emulator | Stop-BedrockEmulator
    Set-BedrockConfiguration -Reset
}

Describe 'Test-BedrockModelAccess' {
    It 'Says_an_available_model_and_a_system_profile_are_usable' {
        $results = Test-BedrockModelAccess $lite, $haiku

        $results | Should -HaveCount 2
        foreach ($result in $results) {
            $result | Should -BeOfType BedrockPS.ModelAccess
            $result.Usable | Should -BeTrue
            $result.Reasons | Should -BeNullOrEmpty
            $result.Region | Should -Be 'us-east-1'
            $result.AuthorizationStatus | Should -Be 'AUTHORIZED'
            $result.EntitlementAvailability | Should -Be 'AVAILABLE'
            $result.RegionAvailability | Should -Be 'AVAILABLE'
            $result.AgreementStatus | Should -Be 'AVAILABLE'
            $result.LifecycleStatus | Should -Be 'ACTIVE'
        }
        $results[1].ModelId | Should -Be $haiku
        $results[1].FoundationModelId | Should -Be 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $results[1].InferenceProfileArn | Should -BeLike '*:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0'
    }

    It 'Reports_<Code>_when_the_model_is_<Condition>' -ForEach $reasonCases {
        $own = Start-BedrockEmulator -ModelAvailability @{ 'amazon.nova-lite-v1:0' = $Condition }
        try {
            $result = Test-BedrockModelAccess 'amazon.nova-lite-v1:0' -EndpointUrl $own.EndpointUrl -Region $own.Region -Credential $own.Credential
            $result.Usable | Should -BeFalse
            $result.ReasonCodes | Should -Be @($Code)
            $result.Reasons[0] | Should -BeLike "${Code}: *"
            $result.$Field | Should -Be $Value
            Test-BedrockModelAccess 'amazon.nova-lite-v1:0' -Quiet -EndpointUrl $own.EndpointUrl -Region $own.Region -Credential $own.Credential | Should -BeFalse
            # The runtime refuses the model too, so the preflight told the truth.
            { Invoke-BedrockConverse -ModelId 'amazon.nova-lite-v1:0' -Message hi -EndpointUrl $own.EndpointUrl -Region $own.Region -Credential $own.Credential -ErrorAction Stop } |
                Should -Throw
        }
        finally { $own | Stop-BedrockEmulator }
    }

    It 'Lists_every_reason_at_once' {
        $result = Test-BedrockModelAccess $pro
        $result.ReasonCodes | Should -Be @('NotEntitled', 'AgreementPending')
        $result.Reasons | Should -HaveCount 2
    }

    It 'Reports_an_unknown_model_or_profile_as_NotFound' {
        $results = Test-BedrockModelAccess 'nobody.nothing-v1', 'us.nobody.nothing-v1', 'zzzzzzzzzzzz'
        $results | ForEach-Object { $_.ReasonCodes | Should -Be @('NotFound') }
    }

    It 'Reports_a_profile_only_model_called_by_its_bare_id' {
        $result = Test-BedrockModelAccess 'anthropic.claude-haiku-4-5-20251001-v1:0'
        $result.ReasonCodes | Should -Be @('RequiresInferenceProfile')
        $result.Reasons[0] | Should -Match 'us\.anthropic\.claude-haiku-4-5'
    }

    It 'Answers_true_or_false_with_Quiet_for_an_if' {
        $yes = Test-BedrockModelAccess $haiku -Quiet
        $no = Test-BedrockModelAccess 'amazon.nova-micro-v1:0' -Quiet
        $yes | Should -BeOfType bool
        $yes | Should -BeTrue
        $no | Should -BeFalse
        $taken = if (Test-BedrockModelAccess $lite -Quiet) { 'run' } else { 'skip' }
        $taken | Should -Be 'run'
    }

    It 'Takes_model_ids_from_the_pipeline_by_property_name' {
        $results = Get-BedrockModel 'amazon.nova-*' | Test-BedrockModelAccess
        ($results | Where-Object ModelId -eq 'amazon.nova-micro-v1:0').ReasonCodes | Should -Be @('NotAuthorized')
        ($results | Where-Object ModelId -eq $lite).Usable | Should -BeTrue
    }

    It 'Makes_no_model_call' {
        $before = $emulator.RequestCount
        # The tally is process-wide: other suites in this process may already have called this model.
        $callsBefore = (Get-BedrockUsage -ModelId $haiku).Calls
        $null = Test-BedrockModelAccess $haiku
        # GetInferenceProfile, GetFoundationModel, GetFoundationModelAvailability: three free reads.
        ($emulator.RequestCount - $before) | Should -Be 3
        (Get-BedrockUsage -ModelId $haiku).Calls | Should -Be $callsBefore
    }

    It 'Refuses_a_malformed_id_before_sending' {
        $before = $emulator.RequestCount
        $errors = @()
        Test-BedrockModelAccess 'amazon nova lite' -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors | Should -HaveCount 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidInput*'
        $errors[0].TargetObject | Should -Be 'amazon nova lite'
        $emulator.RequestCount | Should -Be $before
    }

    It '<Name>_gives_<ErrorId>_before_any_request' -ForEach $environmentCases {
        $script = @"
Import-Module (Join-Path `$env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
`$e = Start-BedrockEmulator
`$errors = @()
# A terminating error: the step stops here, whatever the error action.
try { $Call | Out-Null } catch { `$errors += `$_ }
Write-TestResult @{ Ids = @(`$errors | ForEach-Object { `$_.FullyQualifiedErrorId }); Sent = `$e.RequestCount }
`$e | Stop-BedrockEmulator
"@
        $run = Invoke-FreshPwsh -Script $script -Environment $Environment -TimeoutSeconds 60
        $run.Result | Should -Not -BeNullOrEmpty -Because $run.Error
        @($run.Result.Ids) | Should -HaveCount 1
        ($run.Result.Ids[0] -split ',')[0] | Should -Be $ErrorId
        $run.Result.Sent | Should -Be 0
    }
}

Describe 'Application inference profiles' {
    AfterEach {
        Get-BedrockInferenceProfile -Type APPLICATION | Remove-BedrockInferenceProfile -Confirm:$false
    }

    It 'Creates_a_profile_from_a_system_profile_with_tags_and_gets_it_back' {
        $created = New-BedrockInferenceProfile -Name 'nightly-summaries' -CopyFrom $haiku -Description 'Nightly summaries' -Tag @{ pipeline = 'nightly'; team = 'data' }

        $created | Should -BeOfType BedrockPS.InferenceProfileInfo
        $created.Type | Should -Be 'APPLICATION'
        $created.InferenceProfileId | Should -Match '^[a-z0-9]{12}$'
        $created.InferenceProfileArn | Should -BeLike '*:application-inference-profile/*'
        $created.ModelId | Should -Be $created.InferenceProfileArn
        $created.Tags['pipeline'] | Should -Be 'nightly'
        $created.Tags['team'] | Should -Be 'data'
        $created.Models | ForEach-Object { $_ | Should -BeLike '*:foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0' }

        $listed = Get-BedrockInferenceProfile -Type APPLICATION
        $listed | Should -HaveCount 1
        $listed.Tags['pipeline'] | Should -Be 'nightly'
        (Get-BedrockInferenceProfile $created.InferenceProfileId).InferenceProfileName | Should -Be 'nightly-summaries'
        (Get-BedrockInferenceProfile $created.InferenceProfileArn).Tags.Count | Should -Be 2
        (Get-BedrockInferenceProfile -Type SYSTEM_DEFINED | Where-Object Type -eq 'APPLICATION') | Should -BeNullOrEmpty
    }

    It 'Copies_a_foundation_model_piped_from_Get-BedrockModel' {
        $created = Get-BedrockModel $lite | New-BedrockInferenceProfile -Name 'lite-batch'
        $created.Models | Should -Be @("arn:aws:bedrock:us-east-1::foundation-model/$lite")
        $created.Tags.Count | Should -Be 0
    }

    It 'Routes_calls_by_profile_id_and_ARN_and_tallies_usage_by_the_id_used' {
        $created = New-BedrockInferenceProfile -Name 'routing' -CopyFrom $haiku -Tag @{ pipeline = 'routing' }
        $direct = Invoke-BedrockConverse -ModelId $haiku -Message 'Name three rivers.'
        $byArn = Invoke-BedrockConverse -ModelId $created.InferenceProfileArn -Message 'Name three rivers.'
        $byId = $created | Invoke-BedrockConverse -Message 'Name three rivers.'
        $invoked = Invoke-BedrockModel -ModelId $created.InferenceProfileArn -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 50; messages = @(@{ role = 'user'; content = 'hi' }) }

        $byArn.Text | Should -Be $direct.Text
        $byId.Text | Should -Be $direct.Text
        $byArn.ModelId | Should -Be $created.InferenceProfileArn
        $invoked.Body.type | Should -Be 'message'

        $usage = Get-BedrockUsage -ModelId $created.InferenceProfileArn
        $usage.Calls | Should -Be 3
        $usage.InputTokens | Should -Be ($byArn.InputTokens + $byId.InputTokens + $invoked.InputTokens)
        (Get-BedrockUsage -ModelId $haiku).Calls | Should -BeGreaterOrEqual 1
        (Test-BedrockModelAccess $created.InferenceProfileArn).Usable | Should -BeTrue
    }

    It 'Refuses_bad_names_and_tags_before_sending' {
        $before = $emulator.RequestCount
        { New-BedrockInferenceProfile -Name 'bad name!' -CopyFrom $lite } | Should -Throw -ErrorId 'BedrockPS.InvalidInput,*'
        { New-BedrockInferenceProfile -Name 'ok' -CopyFrom $lite -Tag @{ 'bad key!' = 'x' } } | Should -Throw -ErrorId 'BedrockPS.InvalidInput,*'
        { New-BedrockInferenceProfile -Name 'ok' -CopyFrom 'arn:aws:bedrock:us-east-1:111122223333:guardrail/abc' } | Should -Throw -ErrorId 'BedrockPS.InvalidInput,*'
        $emulator.RequestCount | Should -Be $before
    }

    It 'Reports_a_name_in_use_as_BedrockPS.Conflict' {
        $null = New-BedrockInferenceProfile -Name 'twice' -CopyFrom $lite
        $errors = @()
        New-BedrockInferenceProfile -Name 'twice' -CopyFrom $lite -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.Conflict,*'
        @(Get-BedrockInferenceProfile -Type APPLICATION) | Should -HaveCount 1
    }

    It 'WhatIf_creates_and_removes_nothing' {
        $before = $emulator.RequestCount
        New-BedrockInferenceProfile -Name 'dry-run' -CopyFrom $haiku -WhatIf
        $emulator.RequestCount | Should -Be $before
        $created = New-BedrockInferenceProfile -Name 'kept' -CopyFrom $lite
        $before = $emulator.RequestCount
        $created | Remove-BedrockInferenceProfile -WhatIf
        $emulator.RequestCount | Should -Be $before
        @(Get-BedrockInferenceProfile -Type APPLICATION).InferenceProfileName | Should -Be @('kept')
    }

    It 'Removes_profiles_from_the_pipeline_and_says_when_one_is_gone' {
        $first = New-BedrockInferenceProfile -Name 'one' -CopyFrom $lite
        $null = New-BedrockInferenceProfile -Name 'two' -CopyFrom $lite
        Get-BedrockInferenceProfile -Type APPLICATION | Remove-BedrockInferenceProfile -Confirm:$false
        Get-BedrockInferenceProfile -Type APPLICATION | Should -BeNullOrEmpty

        $errors = @()
        Remove-BedrockInferenceProfile $first.InferenceProfileArn -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.ModelNotFound,*'
        $errors[0].TargetObject | Should -Be $first.InferenceProfileArn
        Remove-BedrockInferenceProfile 'us.amazon.nova-lite-v1:0' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[-1].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.Validation,*'
    }

    It 'Declares_Remove_as_high_impact' {
        $command = Get-Command Remove-BedrockInferenceProfile
        $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }
}
