# Canary credentials from a shared credentials file profile (-ProfileName and AWS_PROFILE), in a fresh pwsh so
# AWSSDK.Core reads that file. Every cmdlet runs with -Verbose and -Debug, succeeding and failing; everything the
# process prints (every stream, rendered objects and errors with their exceptions), $Error and the exported
# session file are searched for the canaries. The in-process sweep over parameters, Set-BedrockConfiguration and
# environment variables is tests/BedrockPS.Tests/Reliability/SecretsTests.cs.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force

    function New-Canary([string] $Prefix, [int] $Length) {
        $Prefix + (-join (1..$Length | ForEach-Object { [char[]]'ABCDEFGHJKLMNPQRSTUVWXYZ234567' | Get-Random }))
    }
    $script:canaries = [ordered]@{
        'access key'          = New-Canary 'ASIACANARY' 10
        'secret key'          = New-Canary 'canaryProfileSecret/' 22
        'session token'       = New-Canary 'canaryProfileToken' 60
        'wrong session token' = New-Canary 'canaryStaleToken' 40
    }
    $folder = Join-Path $TestDrive 'aws'
    New-Item -ItemType Directory -Path $folder | Out-Null
    $script:credentialsFile = Join-Path $folder 'credentials'
    Set-Content -LiteralPath $credentialsFile -Encoding utf8NoBOM -Value @"
[canary]
aws_access_key_id = $($canaries['access key'])
aws_secret_access_key = $($canaries['secret key'])
aws_session_token = $($canaries['session token'])

[stale]
aws_access_key_id = $($canaries['access key'])
aws_secret_access_key = $($canaries['secret key'])
aws_session_token = $($canaries['wrong session token'])
"@
    $script:configFile = Join-Path $folder 'config'
    Set-Content -LiteralPath $configFile -Encoding utf8NoBOM -Value "[profile canary]`nregion = us-east-1`n[profile stale]`nregion = us-east-1`n"

    # Runs in the child: an emulator that accepts the canary key pair and token (built through the emulator
    # assembly the module loaded), then every cmdlet, printing everything it produced.
    $script:child = @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
# Some failures stop their statement (a bad identity fails every request); the script goes on to the next call.
$ErrorActionPreference = 'Continue'
$started = Start-BedrockEmulator
$assembly = $started.GetType().GetProperty('Emulator', [Reflection.BindingFlags]'NonPublic,Instance').GetValue($started).GetType().Assembly
$started | Stop-BedrockEmulator
$options = [Activator]::CreateInstance($assembly.GetType('BedrockPS.Emulator.EmulatorOptions'))
$options.Scenario = $assembly.GetType('BedrockPS.Emulator.Scenario')::Parse('{"rules":[{"prompt":"cut me","reply":"Echo: {prompt}","fault":"stream-model-error:2"}]}')
$pair = [Activator]::CreateInstance($assembly.GetType('BedrockPS.Emulator.EmulatorKeyPair'), @($env:CANARY_ACCESS_KEY, $env:CANARY_SECRET_KEY, $env:CANARY_SESSION_TOKEN))
$options.ExtraKeyPairs.Add($pair)
$emulator = $assembly.GetType('BedrockPS.Emulator.BedrockEmulator')::Start($options)
# The canaries reach this process only through the credentials file from here on.
Remove-Item env:CANARY_* 
$model = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
$c = @{ EndpointUrl = $emulator.EndpointUrl; Region = 'us-east-1'; Verbose = $true; Debug = $true; ErrorAction = 'Continue' }
if ($env:USE_PROFILE_PARAMETER) { $c.ProfileName = $env:USE_PROFILE_PARAMETER }
$session = Join-Path ([IO.Path]::GetTempPath()) ("bedrockps-secret-" + [guid]::NewGuid().ToString('n') + '.json')
$all = & {
    Get-BedrockModel @c | Select-Object -First 2
    Get-BedrockInferenceProfile @c | Select-Object -First 2
    Invoke-BedrockConverse -Message 'hello from a profile' -ModelId $model @c
    Invoke-BedrockConverse -Message 'stream from a profile' -ModelId $model -Stream @c
    $s = New-BedrockSession -ModelId $model
    Invoke-BedrockConverse -Message 'keep this' -Session $s @c
    $s | Export-BedrockSession -Path $session -Force -PassThru
    Invoke-BedrockModel -ModelId $model -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 20; messages = @(@{ role = 'user'; content = 'native' }) } @c
    Measure-BedrockToken -ModelId $model -Message 'count me' @c
    Invoke-BedrockGuardrail -GuardrailIdentifier gr1 -GuardrailVersion DRAFT -Text 'mail a@example.com' @c
    Get-BedrockConfiguration
    Get-BedrockUsage
    Invoke-BedrockConverse -Message 'unknown model' -ModelId anthropic.claude-missing-v9:0 @c
    Invoke-BedrockConverse -Message 'cut me off' -ModelId $model -Stream @c
    try { Invoke-BedrockConverse -Message 'x' -ModelId $model @c -ErrorAction Stop -Temperature 7 } catch { $_ }
} *>&1
$results = @($all | Where-Object { $_ -is [BedrockPS.ConverseResult] }).Count
$errors = @($all | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
foreach ($item in @($all) + @($Error)) {
    $item | Format-List * -Force | Out-String -Width 4096
    if ($item -is [Management.Automation.ErrorRecord]) {
        $item.Exception.ToString()
        $item.Exception | Format-List * -Force | Out-String -Width 4096
        $item.ErrorDetails | Format-List * -Force | Out-String -Width 4096
    }
}
if (Test-Path $session) { Get-Content -LiteralPath $session -Raw; Remove-Item $session }
$emulator.Dispose()
Write-TestResult @{ Results = $results; Errors = $errors.Count; Ids = @($errors | ForEach-Object FullyQualifiedErrorId) }
'@

    function Invoke-WithProfile([string] $Profile, [hashtable] $Extra) {
        $environment = @{
            AWS_SHARED_CREDENTIALS_FILE = $credentialsFile; AWS_CONFIG_FILE = $configFile; AWS_EC2_METADATA_DISABLED = 'true'
            AWS_ACCESS_KEY_ID = ''; AWS_SECRET_ACCESS_KEY = ''; AWS_SESSION_TOKEN = ''; AWS_BEARER_TOKEN_BEDROCK = ''
            CANARY_ACCESS_KEY = $canaries['access key']; CANARY_SECRET_KEY = $canaries['secret key']; CANARY_SESSION_TOKEN = $canaries['session token']
        }
        foreach ($key in $Extra.Keys) { $environment[$key] = $Extra[$key] }
        $run = Invoke-FreshPwsh -Script $child -Environment $environment -TimeoutSeconds 120
        $run.TimedOut | Should -BeFalse
        $run.Result | Should -Not -BeNullOrEmpty -Because $run.Error
        return $run
    }

    function Find-Canary([string] $Text) {
        foreach ($name in $canaries.Keys) {
            $value = $canaries[$name]
            $fragment = $value.Substring([int]($value.Length / 2) - 6, 12)
            if ($Text.Contains($value) -or $Text.Contains($fragment)) { $name }
        }
    }
}

Describe 'Credentials from a shared credentials file profile' {
    It 'The_search_finds_a_canary_even_when_only_part_of_it_is_printed' {
        Find-Canary ('token=' + $canaries['session token'].Substring(8) + ';') | Should -Be 'session token'
    }

    It 'Profile_given_with_ProfileName_leaks_nothing_on_success_or_failure' {
        $run = Invoke-WithProfile -Extra @{ USE_PROFILE_PARAMETER = 'canary' }

        $run.Result.Results | Should -BeGreaterOrEqual 3 -Because 'the profile really authenticated the calls'
        $run.Result.Errors | Should -BeGreaterOrEqual 3 -Because 'the failing calls failed'
        $run.Output.Length | Should -BeGreaterThan 5000 -Because 'everything was printed for the search'
        @(Find-Canary ($run.Output + $run.Error)) | Should -BeNullOrEmpty
    }

    It 'Profile_chosen_by_AWS_PROFILE_with_a_stale_token_leaks_nothing' {
        $run = Invoke-WithProfile -Extra @{ AWS_PROFILE = 'stale' }

        $run.Result.Results | Should -Be 0
        @($run.Result.Ids | Where-Object { $_ -like 'BedrockPS.UnrecognizedClient,*' }).Count | Should -BeGreaterOrEqual 3
        @(Find-Canary ($run.Output + $run.Error)) | Should -BeNullOrEmpty
    }
}
