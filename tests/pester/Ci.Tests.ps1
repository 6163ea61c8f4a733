# docs/ci.md: the CI step script run against the emulator the way a runner runs it (a fresh pwsh -File), the
# workflows in the page calling it with parameters it has, and the exit codes of pwsh -File and pwsh -c after a
# terminating BedrockPS error, row by row of the page's table.
BeforeDiscovery {
    $script:exitCases = @(
        @{ Name = 'File_with_Stop'; Mode = 'File'; Stop = $true; Last = $false; Expected = 1 }
        @{ Name = 'Command_with_Stop'; Mode = 'Command'; Stop = $true; Last = $false; Expected = 1 }
        @{ Name = 'Command_failing_last'; Mode = 'Command'; Stop = $false; Last = $true; Expected = 1 }
        @{ Name = 'File_without_Stop'; Mode = 'File'; Stop = $false; Last = $true; Expected = 0 }
        @{ Name = 'Command_without_Stop_not_last'; Mode = 'Command'; Stop = $false; Last = $false; Expected = 0 }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $script:step = (Resolve-Path (Join-Path $PSScriptRoot '../../docs/ci/Invoke-BedrockCiStep.ps1')).ProviderPath
    $script:page = Get-Content -Raw (Join-Path $PSScriptRoot '../../docs/ci.md')
    $script:manifest = Get-BedrockManifestPath
    # Nothing from the machine may give the child an identity or a region.
    $script:isolated = @{
        AWS_ACCESS_KEY_ID = ''; AWS_SECRET_ACCESS_KEY = ''; AWS_SESSION_TOKEN = ''; AWS_BEARER_TOKEN_BEDROCK = ''
        AWS_PROFILE = ''; AWS_DEFAULT_PROFILE = ''; AWS_REGION = ''; AWS_DEFAULT_REGION = ''; AWS_ENDPOINT_URL = ''
        AWS_EC2_METADATA_DISABLED = 'true'; AWS_CONTAINER_CREDENTIALS_RELATIVE_URI = ''; AWS_CONTAINER_CREDENTIALS_FULL_URI = ''
        AWS_WEB_IDENTITY_TOKEN_FILE = ''; AWS_ROLE_ARN = ''
        AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/bedrockps/credentials'; AWS_CONFIG_FILE = '/nonexistent/bedrockps/config'
    }

    # Starts the pwsh running these tests with the given arguments and environment; returns exit code and output.
    function script:Invoke-Pwsh([string[]] $Arguments, [hashtable] $Environment = @{}) {
        $commandLine = @(Get-PwshCommandLine)
        $start = [Diagnostics.ProcessStartInfo]::new($commandLine[0])
        foreach ($argument in @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive') + $Arguments) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        foreach ($name in $Environment.Keys) { $start.Environment[$name] = [string] $Environment[$name] }
        $process = [Diagnostics.Process]::Start($start)
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit(120000)) { $process.Kill($true); throw 'pwsh did not finish within 120 s' }
        [pscustomobject]@{ ExitCode = $process.ExitCode; Output = $stdout.Result; Error = $stderr.Result }
    }

    function script:New-PromptFile([string] $Path) {
        @(
            [pscustomobject]@{ Id = 'a1'; Category = 'network'; Prompt = 'Explain DNS in one sentence.' }
            [pscustomobject]@{ Id = 'a2'; Category = 'storage'; Prompt = 'What is a block device?' }
            [pscustomobject]@{ Id = 'a3'; Category = 'network'; Prompt = 'Name two uses of TLS.' }
        ) | Export-Csv -LiteralPath $Path -NoTypeInformation
    }
}

Describe 'The CI step script' {
    It 'Answers_every_prompt_on_the_emulator_in_order_and_exits_0' {
        $prompts = Join-Path $TestDrive 'prompts.csv'
        $answers = Join-Path $TestDrive 'out/answers.csv'
        New-PromptFile $prompts

        $run = Invoke-Pwsh -Environment $isolated -Arguments @('-File', $step, '-PromptFile', $prompts, '-AnswerFile', $answers,
            '-ModelId', 'us.anthropic.claude-haiku-4-5-20251001-v1:0', '-Emulator', '-Module', $manifest)

        $run.ExitCode | Should -Be 0 -Because $run.Error
        $run.Output | Should -Match 'Preflight passed'
        $rows = @(Import-Csv -LiteralPath $answers)
        $rows.Id | Should -Be @('a1', 'a2', 'a3')
        $rows.Category | Should -Be @('network', 'storage', 'network')
        $rows | ForEach-Object {
            $_.Answer | Should -Not -BeNullOrEmpty
            $_.StopReason | Should -Be 'end_turn'
            [int] $_.InputTokens | Should -BeGreaterThan 0
            $_.ModelId | Should -Be 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
        }
        ($rows | Select-Object -Unique -ExpandProperty Answer) | Should -HaveCount 3
    }

    It 'Fails_with_the_reasons_and_writes_no_answers_when_the_preflight_says_no' {
        $prompts = Join-Path $TestDrive 'prompts.csv'
        $answers = Join-Path $TestDrive 'refused/answers.csv'
        New-PromptFile $prompts

        $run = Invoke-Pwsh -Environment $isolated -Arguments @('-File', $step, '-PromptFile', $prompts, '-AnswerFile', $answers,
            '-ModelId', 'anthropic.claude-haiku-4-5-20251001-v1:0', '-Emulator', '-Module', $manifest)

        $run.ExitCode | Should -Not -Be 0
        ($run.Output + $run.Error) | Should -Match 'RequiresInferenceProfile'
        Test-Path -LiteralPath $answers | Should -BeFalse
    }

    It 'Fails_with_BedrockPS.NoCredentials_without_an_identity_or_the_emulator' {
        $prompts = Join-Path $TestDrive 'prompts.csv'
        New-PromptFile $prompts
        $environment = $isolated.Clone()
        $environment['AWS_REGION'] = 'us-east-1'
        $environment['AWS_ENDPOINT_URL'] = 'http://127.0.0.1:9'

        $run = Invoke-Pwsh -Environment $environment -Arguments @('-File', $step, '-PromptFile', $prompts, '-AnswerFile', (Join-Path $TestDrive 'x.csv'),
            '-ModelId', 'amazon.nova-lite-v1:0', '-Module', $manifest)

        $run.ExitCode | Should -Be 1
        $run.Error | Should -Match 'No AWS credentials'
    }

    It 'Is_called_by_both_workflows_with_parameters_it_has' {
        $parameters = (Get-Command $step).Parameters.Keys
        $calls = [regex]::Matches($page, 'docs/ci/Invoke-BedrockCiStep\.ps1((?: -\w+(?: [^\s-][^\s]*)?)+)')
        $calls.Count | Should -BeGreaterOrEqual 4
        foreach ($call in $calls) {
            foreach ($name in [regex]::Matches($call.Groups[1].Value, ' -(\w+)') | ForEach-Object { $_.Groups[1].Value }) {
                $parameters | Should -Contain $name -Because "docs/ci.md calls the step with -$name"
            }
        }
        $page | Should -Match 'AWS_ROLE_ARN'
        $page | Should -Match 'AWS_WEB_IDENTITY_TOKEN_FILE'
        $page | Should -Match 'id-token: write'
        $page | Should -Match 'SYSTEM_OIDCREQUESTURI'
        $page | Should -Match 'upload-artifact'
        $page | Should -Match 'publish: '
    }
}

Describe 'Exit codes after a terminating BedrockPS error' {
    It '<Name>_exits_<Expected>' -ForEach $exitCases {
        $environment = $isolated.Clone()
        $failing = "Test-BedrockModelAccess amazon.nova-lite-v1:0 -EndpointUrl http://127.0.0.1:9 -Region us-east-1"
        $lines = @()
        if ($Stop) { $lines += '$ErrorActionPreference = ''Stop''' }
        $lines += "Import-Module '$manifest'"
        $lines += $failing
        if (-not $Last) { $lines += "'still running'" }

        if ($Mode -eq 'File') {
            $file = Join-Path $TestDrive "$Name.ps1"
            Set-Content -LiteralPath $file -Value $lines -Encoding utf8
            $run = Invoke-Pwsh -Environment $environment -Arguments @('-File', $file)
        }
        else {
            $run = Invoke-Pwsh -Environment $environment -Arguments @('-Command', ($lines -join '; '))
        }

        $run.Error | Should -Match 'No AWS credentials' -Because 'the error is the terminating BedrockPS.NoCredentials'
        $run.ExitCode | Should -Be $Expected
    }
}
