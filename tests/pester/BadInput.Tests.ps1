# Bad input that comes from the environment a CI runner gives (AWS_* variables, missing files, no credentials at
# all). Each case runs in a fresh pwsh with its own environment, because AWSSDK.Core and the module read it once.
# The catalogue of bad parameters (71 cases) is in tests/BedrockPS.Tests/Reliability/BadInputTests.cs.
BeforeDiscovery {
    # Variables that would let a case find credentials or settings from the machine running the tests. (Cleared
    # means set to empty: a child process can only be given values. The service-specific endpoint variables are
    # left out, since an empty one would hide AWS_ENDPOINT_URL.)
    $isolated = @{
        AWS_ACCESS_KEY_ID = ''; AWS_SECRET_ACCESS_KEY = ''; AWS_SESSION_TOKEN = ''; AWS_BEARER_TOKEN_BEDROCK = ''
        AWS_PROFILE = ''; AWS_DEFAULT_PROFILE = ''; AWS_REGION = ''; AWS_DEFAULT_REGION = ''
        AWS_ENDPOINT_URL = ''
        AWS_MAX_ATTEMPTS = ''; AWS_RETRY_MODE = ''; AWS_EC2_METADATA_DISABLED = 'true'
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = ''; AWS_CONTAINER_CREDENTIALS_FULL_URI = ''; AWS_WEB_IDENTITY_TOKEN_FILE = ''
        AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/bedrockps/credentials'; AWS_CONFIG_FILE = '/nonexistent/bedrockps/config'
    }
    function Case([string] $Name, [hashtable] $Set, [string] $Call, [string] $ErrorId) {
        $environment = $isolated.Clone()
        foreach ($key in $Set.Keys) { $environment[$key] = $Set[$key] }
        @{ Name = $Name; Environment = $environment; Call = $Call; ErrorId = $ErrorId }
    }
    $endpoint = '-EndpointUrl $e.EndpointUrl'
    $script:cases = @(
        Case 'No_credentials_anywhere' @{} "Invoke-BedrockConverse -ModelId `$e.DefaultModelId -Message hi $endpoint -Region us-east-1" 'BedrockPS.NoCredentials'
        Case 'Unknown_profile_in_AWS_PROFILE' @{ AWS_PROFILE = 'no-such-profile-7f3a' } "Invoke-BedrockConverse -ModelId `$e.DefaultModelId -Message hi $endpoint -Region us-east-1" 'BedrockPS.NoCredentials'
        Case 'No_region_anywhere' @{ AWS_ACCESS_KEY_ID = 'AKIAEMULATOR00000000'; AWS_SECRET_ACCESS_KEY = 'x' } 'Invoke-BedrockConverse -ModelId $e.DefaultModelId -Message hi' 'BedrockPS.NoRegion'
        Case 'Region_that_is_not_a_region_in_AWS_REGION' @{ AWS_REGION = 'us east 1'; AWS_ACCESS_KEY_ID = 'AKIAEMULATOR00000000'; AWS_SECRET_ACCESS_KEY = 'x' } 'Invoke-BedrockConverse -ModelId $e.DefaultModelId -Message hi' 'BedrockPS.InvalidConfiguration'
        Case 'Max_attempts_not_a_number' @{ AWS_MAX_ATTEMPTS = 'many' } "Invoke-BedrockConverse -ModelId `$e.DefaultModelId -Message hi $endpoint -Region us-east-1 -Credential `$e.Credential" 'BedrockPS.InvalidConfiguration'
        Case 'Unknown_retry_mode' @{ AWS_RETRY_MODE = 'reckless' } "Invoke-BedrockConverse -ModelId `$e.DefaultModelId -Message hi $endpoint -Region us-east-1 -Credential `$e.Credential" 'BedrockPS.InvalidConfiguration'
        Case 'Malformed_endpoint_in_AWS_ENDPOINT_URL' @{ AWS_ENDPOINT_URL = 'ftp://127.0.0.1/bedrock' } 'Invoke-BedrockConverse -ModelId $e.DefaultModelId -Message hi -Region us-east-1 -Credential $e.Credential' 'BedrockPS.InvalidEndpoint'
        Case 'Bearer_token_from_the_environment_to_a_plain_http_remote_host' @{ AWS_BEARER_TOKEN_BEDROCK = 'k-123'; AWS_ENDPOINT_URL = 'http://bedrock.example.com' } 'Invoke-BedrockConverse -ModelId $e.DefaultModelId -Message hi -Region us-east-1' 'BedrockPS.InsecureEndpoint'
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
}

Describe 'Bad settings from the environment' {
    It '<Name>_gives_<ErrorId>_and_sends_nothing' -ForEach $cases {
        $script = @"
Import-Module (Join-Path `$env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
`$e = Start-BedrockEmulator
`$before = `$e.RequestCount
`$errors = @()
try { $Call -ErrorAction Continue -ErrorVariable +errors | Out-Null } catch { `$errors += `$_ }
Write-TestResult @{ Ids = @(`$errors | ForEach-Object { `$_.FullyQualifiedErrorId }); Sent = `$e.RequestCount - `$before; Messages = @(`$errors | ForEach-Object { `$_.ToString() }) }
`$e | Stop-BedrockEmulator
"@
        $run = Invoke-FreshPwsh -Script $script -Environment $Environment -TimeoutSeconds 60

        $run.TimedOut | Should -BeFalse
        $run.Result | Should -Not -BeNullOrEmpty -Because $run.Error
        @($run.Result.Ids) | Should -HaveCount 1 -Because ($run.Result.Messages -join '; ')
        ($run.Result.Ids[0] -split ',')[0] | Should -Be $ErrorId -Because ($run.Result.Messages -join '; ')
        $run.Result.Sent | Should -Be 0
    }
}
