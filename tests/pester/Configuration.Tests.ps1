# Set-/Get-BedrockConfiguration and the emulator cmdlets.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    Import-Module (Get-BedrockManifestPath) -Force
}

AfterAll {
    Set-BedrockConfiguration -Reset
}

Describe 'Set-BedrockConfiguration and Get-BedrockConfiguration' {
    BeforeEach { Set-BedrockConfiguration -Reset }

    It 'Takes_the_emulator_from_the_pipeline_by_property_name' {
        $emulator = Start-BedrockEmulator
        try {
            $emulator | Set-BedrockConfiguration
            $config = Get-BedrockConfiguration
            $config.EndpointUrl | Should -Be ($emulator.EndpointUrl + '/')
            $config.Region | Should -Be $emulator.Region
            $config.DefaultModelId | Should -Be $emulator.DefaultModelId
            (Invoke-BedrockConverse 'configured').Text | Should -Be 'Echo: configured'
        }
        finally {
            $emulator | Stop-BedrockEmulator
        }
    }

    It 'Never_shows_secrets' {
        $secret = ConvertTo-SecureString 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' -AsPlainText -Force
        $apiKey = ConvertTo-SecureString 'bedrock-api-key-ABSKexample' -AsPlainText -Force
        Set-BedrockConfiguration -Credential ([pscredential]::new('AKIAIOSFODNN7EXAMPLE', $secret)) -ApiKey $apiKey -Region eu-west-1
        $config = Get-BedrockConfiguration
        $config.Credential | Should -Be 'AKIA************MPLE'
        $config.ApiKey | Should -Be 'set'
        $text = ($config | Format-List | Out-String) + ($config | ConvertTo-Json) + (Set-BedrockConfiguration -Region eu-west-1 -Verbose 4>&1 | Out-String)
        $text | Should -Not -Match 'wJalrXUtnFEMI'
        $text | Should -Not -Match 'ABSKexample'
        $text | Should -Not -Match 'AKIAIOSFODNN7EXAMPLE'
    }

    It 'Keeps_settings_not_given_and_forgets_all_with_Reset' {
        Set-BedrockConfiguration -Region us-west-2 -MaxAttempts 5
        Set-BedrockConfiguration -TimeoutSec 30
        $config = Get-BedrockConfiguration
        $config.Region | Should -Be 'us-west-2'
        $config.MaxAttempts | Should -Be 5
        $config.TimeoutSec | Should -Be 30
        Set-BedrockConfiguration -Reset
        (Get-BedrockConfiguration).Region | Should -BeNullOrEmpty
    }

    It 'Lets_a_parameter_win_over_the_session_default' {
        $a = Start-BedrockEmulator
        $b = Start-BedrockEmulator
        try {
            $a | Set-BedrockConfiguration
            $before = $b.RequestCount
            Invoke-BedrockConverse 'to b' -EndpointUrl $b.EndpointUrl | Out-Null
            $b.RequestCount | Should -Be ($before + 1)
        }
        finally {
            $a, $b | Stop-BedrockEmulator
        }
    }

    It 'Reports_a_rejected_signature_as_InvalidSignature' {
        $emulator = Start-BedrockEmulator
        try {
            $emulator | Set-BedrockConfiguration
            $wrong = [pscredential]::new($emulator.AccessKeyId, (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))
            Invoke-BedrockConverse 'hi' -Credential $wrong -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.InvalidSignature*'
            $err[0].CategoryInfo.Category | Should -Be 'SecurityError'
            $err[0].ErrorDetails.Message | Should -Not -Match 'not-the-secret'
        }
        finally {
            $emulator | Stop-BedrockEmulator
        }
    }

    It 'Reports_throttling_after_the_configured_attempts' {
        $emulator = Start-BedrockEmulator -Fault Throttling
        try {
            $emulator | Set-BedrockConfiguration -MaxAttempts 2
            Invoke-BedrockConverse 'hi' -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.Throttling*'
            $err[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $err[0].ErrorDetails.Message | Should -Match '2 attempts'
            $emulator.RequestCount | Should -Be 2
        }
        finally {
            $emulator | Stop-BedrockEmulator
        }
    }
}

Describe 'Errors that say what to do' {
    It 'Reports_a_missing_region_and_missing_credentials_before_sending' {
        $result = Invoke-FreshPwsh -TimeoutSeconds 120 -Environment @{ AWS_EC2_METADATA_DISABLED = 'true'; AWS_CONFIG_FILE = '/nonexistent/config'; AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials' } -Script @'
foreach ($name in 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_BEARER_TOKEN_BEDROCK', 'AWS_ENDPOINT_URL') {
    Remove-Item -Path "env:$name" -ErrorAction SilentlyContinue
}
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
Invoke-BedrockConverse 'hi' -ModelId some.model-v1:0 -ErrorVariable noRegion -ErrorAction SilentlyContinue
Invoke-BedrockConverse 'hi' -ModelId some.model-v1:0 -Region us-east-1 -ErrorVariable noCredentials -ErrorAction SilentlyContinue
Write-TestResult @{ Region = $noRegion[0].FullyQualifiedErrorId; RegionMessage = $noRegion[0].ErrorDetails.Message; Credentials = $noCredentials[0].FullyQualifiedErrorId; CredentialsCategory = "$($noCredentials[0].CategoryInfo.Category)" }
'@
        $result.TimedOut | Should -BeFalse
        $result.Result.Region | Should -BeLike 'BedrockPS.NoRegion*'
        $result.Result.RegionMessage | Should -Match 'Region'
        $result.Result.Credentials | Should -BeLike 'BedrockPS.NoCredentials*'
        $result.Result.CredentialsCategory | Should -Be 'AuthenticationError'
    }

    It 'Tells_the_user_to_enable_model_access_when_access_is_denied' {
        $emulator = Start-BedrockEmulator -DisabledModelId 'amazon.nova-pro-v1:0'
        try {
            Invoke-BedrockConverse 'hi' -ModelId 'amazon.nova-pro-v1:0' -EndpointUrl $emulator.EndpointUrl -Credential $emulator.Credential -Region $emulator.Region -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'BedrockPS.AccessDenied*'
            $err[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $err[0].ErrorDetails.Message | Should -Match 'Enable model access'
        }
        finally {
            $emulator | Stop-BedrockEmulator
        }
    }
}

Describe 'Start-, Get- and Stop-BedrockEmulator' {
    It 'Starts_on_a_free_loopback_port_lists_and_stops' {
        $emulator = Start-BedrockEmulator
        $emulator.EndpointUrl | Should -Match '^http://127\.0\.0\.1:\d+$'
        $emulator.Port | Should -BeGreaterThan 0
        $emulator.Credential | Should -BeOfType ([pscredential])
        (Get-BedrockEmulator).Port | Should -Contain $emulator.Port
        Stop-BedrockEmulator -Port $emulator.Port
        $emulator.IsRunning | Should -BeFalse
        (Get-BedrockEmulator).Port | Should -Not -Contain $emulator.Port
    }

    It 'Serves_until_Ctrl_C_with_Wait' {
        $runspace = [powershell]::Create()
        try {
            $null = $runspace.AddScript("Import-Module '$(Get-BedrockManifestPath)'; Start-BedrockEmulator -Wait -InformationAction Ignore")
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $handle = $runspace.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
            $deadline = (Get-Date).AddSeconds(30)
            while ($output.Count -eq 0 -and -not $handle.IsCompleted -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $info = $output[0]
            $answer = Invoke-BedrockConverse 'waiting' -EndpointUrl $info.EndpointUrl -Credential $info.Credential -Region $info.Region -ModelId $info.DefaultModelId
            $answer.Text | Should -Be 'Echo: waiting'
            $handle.IsCompleted | Should -BeFalse
            $runspace.Stop()   # what Ctrl+C does
            $info.IsRunning | Should -BeFalse
        }
        finally {
            $runspace.Dispose()
        }
    }
}
