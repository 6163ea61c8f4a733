# Each case runs in a fresh pwsh, because what matters is which assemblies a process loaded and in which order.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $script:otherAwsCore = Get-ToolPackagePath -Package AWSSDK.Core -Version 3.7.402 -RelativePath 'lib/netcoreapp3.1/AWSSDK.Core.dll'
    $script:otherJson = Get-ToolPackagePath -Package System.Text.Json -Version 6.0.0 -RelativePath 'lib/netstandard2.0/System.Text.Json.dll'

    # A stand-in for a module that ships its own System.Text.Json 6.0 and isolates it, as a well-behaved module
    # on PowerShell 7 does.
    function script:New-OtherJsonModule {
        $folder = Join-Path $TestDrive "OtherJsonModule-$([guid]::NewGuid().ToString('n'))/OtherJsonModule"
        $null = New-Item -ItemType Directory -Force -Path $folder
        Copy-Item -LiteralPath $otherJson -Destination $folder
        Set-Content -LiteralPath (Join-Path $folder 'OtherJsonModule.psm1') -Value @'
$script:context = [System.Runtime.Loader.AssemblyLoadContext]::new('OtherJsonModule', $false)
$script:json = $script:context.LoadFromAssemblyPath((Join-Path $PSScriptRoot 'System.Text.Json.dll'))
$script:serialize = $script:json.GetType('System.Text.Json.JsonSerializer').GetMethods() | Where-Object {
    $_.Name -eq 'Serialize' -and $_.IsGenericMethodDefinition -and $_.GetParameters().Count -eq 2 -and
    $_.GetParameters()[1].ParameterType.Name -eq 'JsonSerializerOptions' } | Select-Object -First 1
function ConvertTo-OtherJson { param([string] $Text) $script:serialize.MakeGenericMethod([string]).Invoke($null, @($Text, $null)) }
function Get-OtherJsonVersion { $script:json.GetName().Version.ToString() }
'@
        return Join-Path $folder 'OtherJsonModule.psm1'
    }
    $script:scenarioCommands = 'Start-BedrockEmulator', 'Set-BedrockConfiguration', 'Get-BedrockModel', 'Invoke-BedrockConverse', 'Stop-BedrockEmulator'
    $script:missingCommands = @(Get-MissingBedrockCommand -Name $scenarioCommands)

    # Shared by every child process: use the module for real, then report where each assembly was loaded.
    $script:childFunctions = @'
function Use-BedrockPS {
    $needed = 'Start-BedrockEmulator', 'Set-BedrockConfiguration', 'Get-BedrockModel', 'Invoke-BedrockConverse', 'Stop-BedrockEmulator'
    if (@($needed | Where-Object { -not (Get-Command $_ -Module BedrockPS -ErrorAction SilentlyContinue) }).Count -eq 0) {
        $emulator = Start-BedrockEmulator
        try {
            $emulator | Set-BedrockConfiguration
            $model = Get-BedrockModel | Where-Object { $_.OutputModalities -contains 'TEXT' -and $_.InferenceTypesSupported -contains 'ON_DEMAND' } | Select-Object -First 1
            $answer = Invoke-BedrockConverse -ModelId $model.ModelId -Message 'Say hello to the isolation test'
            return [ordered]@{ Mode = 'converse'; Text = [string] $answer.Text }
        }
        finally {
            $emulator | Stop-BedrockEmulator -ErrorAction SilentlyContinue
        }
    }

    # Until the emulator cmdlets exist: ask for Core the way the cmdlet assembly does (through the default
    # context, which must hand over the BedrockPS context's copy), then make that context load AWSSDK.Core.
    $core = [System.Reflection.Assembly]::Load('BedrockPS.Core')
    $context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core)
    $null = $context.LoadFromAssemblyName([System.Reflection.AssemblyName]::new('AWSSDK.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=885c28607f98e604'))
    return [ordered]@{ Mode = 'bridge'; Text = '' }
}

function Get-LoadedAssembly {
    foreach ($assembly in [AppDomain]::CurrentDomain.GetAssemblies()) {
        $name = $assembly.GetName()
        if ($name.Name -match '^(AWSSDK\.Core|BedrockPS|BedrockPS\.Core|BedrockPS\.Emulator|System\.Text\.Json)$') {
            [ordered]@{
                Name    = $name.Name
                Version = $name.Version.ToString()
                Context = [string] [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name
            }
        }
    }
}
'@
}

Describe 'Dependency isolation on PowerShell 7' {
    It 'keeps another AWSSDK.Core loaded first in the default context and its own 4.x in the BedrockPS context' {
        $run = Invoke-FreshPwsh -Environment @{ OTHER_AWS = $otherAwsCore } -Script ($childFunctions + @'
$other = [System.Reflection.Assembly]::LoadFrom($env:OTHER_AWS)
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$use = Use-BedrockPS
$credentials = [Activator]::CreateInstance($other.GetType('Amazon.Runtime.BasicAWSCredentials'), 'AKIDEXAMPLE', 'not-a-secret')
Write-TestResult ([ordered]@{ Use = $use; OtherStillWorks = $credentials.GetCredentials().AccessKey; Loaded = @(Get-LoadedAssembly) })
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $loaded = $run.Result.Loaded
        ($loaded | Where-Object { $_.Name -eq 'AWSSDK.Core' -and $_.Version -like '3.*' }).Context | Should -Be 'Default'
        ($loaded | Where-Object { $_.Name -eq 'AWSSDK.Core' -and $_.Version -like '4.*' }).Context | Should -Be 'BedrockPS'
        ($loaded | Where-Object Name -eq 'BedrockPS.Core').Context | Should -Be 'BedrockPS'
        ($loaded | Where-Object Name -eq 'BedrockPS').Context | Should -Be 'Default'
        $run.Result.OtherStillWorks | Should -Be 'AKIDEXAMPLE'
    }

    It 'lets another AWSSDK.Core load into the default context after BedrockPS was used' {
        $run = Invoke-FreshPwsh -Environment @{ OTHER_AWS = $otherAwsCore } -Script ($childFunctions + @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$first = Use-BedrockPS
$other = [System.Reflection.Assembly]::LoadFrom($env:OTHER_AWS)
$credentials = [Activator]::CreateInstance($other.GetType('Amazon.Runtime.BasicAWSCredentials'), 'AKIDEXAMPLE', 'not-a-secret')
$second = Use-BedrockPS
Write-TestResult ([ordered]@{ Use = $second; OtherVersion = $other.GetName().Version.ToString(); OtherStillWorks = $credentials.GetCredentials().AccessKey; Loaded = @(Get-LoadedAssembly) })
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.OtherVersion | Should -BeLike '3.*'
        $run.Result.OtherStillWorks | Should -Be 'AKIDEXAMPLE'
        $awsCores = @($run.Result.Loaded | Where-Object Name -eq 'AWSSDK.Core')
        $awsCores.Count | Should -Be 2
        ($awsCores | Where-Object Version -like '4.*').Context | Should -Be 'BedrockPS'
        ($awsCores | Where-Object Version -like '3.*').Context | Should -Be 'Default'
    }

    It 'works next to a module that carries its own System.Text.Json, imported first' {
        $otherModule = New-OtherJsonModule
        $run = Invoke-FreshPwsh -Environment @{ OTHER_MODULE = $otherModule } -Script ($childFunctions + @'
Import-Module $env:OTHER_MODULE
$before = ConvertTo-OtherJson 'first'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$use = Use-BedrockPS
$core = [System.Reflection.Assembly]::Load('BedrockPS.Core')
$jsonSeenByCore = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).LoadFromAssemblyName([System.Reflection.AssemblyName]::new('System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51'))
Write-TestResult ([ordered]@{
    Use = $use
    Before = $before
    After = ConvertTo-OtherJson 'second'
    OtherJsonVersion = Get-OtherJsonVersion
    CoreJsonVersion = $jsonSeenByCore.GetName().Version.ToString()
    CoreJsonContext = [string] [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($jsonSeenByCore).Name
    Loaded = @(Get-LoadedAssembly)
})
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.OtherJsonVersion | Should -Be '6.0.0.0'
        $run.Result.Before | Should -Be '"first"'
        $run.Result.After | Should -Be '"second"'
        # Core gets a System.Text.Json at least as new as it was built against, shared with the cmdlet assembly.
        [version] $run.Result.CoreJsonVersion | Should -BeGreaterOrEqual ([version] '8.0.0.0')
        $run.Result.CoreJsonContext | Should -Be 'Default'
        ($run.Result.Loaded | Where-Object Name -eq 'BedrockPS.Core').Context | Should -Be 'BedrockPS'
    }

    It 'works next to a module that carries its own System.Text.Json, imported after BedrockPS was used' {
        $otherModule = New-OtherJsonModule
        $run = Invoke-FreshPwsh -Environment @{ OTHER_MODULE = $otherModule } -Script ($childFunctions + @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$first = Use-BedrockPS
Import-Module $env:OTHER_MODULE
$other = ConvertTo-OtherJson 'other'
$second = Use-BedrockPS
Write-TestResult ([ordered]@{ First = $first; Second = $second; Other = $other; OtherJsonVersion = Get-OtherJsonVersion })
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.Other | Should -Be '"other"'
        $run.Result.OtherJsonVersion | Should -Be '6.0.0.0'
        $run.Result.Second.Mode | Should -Be $run.Result.First.Mode
    }

    It 'completes a Converse against the emulator with another AWSSDK.Core loaded first' {
        if ($missingCommands.Count) {
            Set-ItResult -Skipped -Because "the module does not export $($missingCommands -join ', ') yet"
            return
        }
        $run = Invoke-FreshPwsh -Environment @{ OTHER_AWS = $otherAwsCore } -Script ($childFunctions + @'
$null = [System.Reflection.Assembly]::LoadFrom($env:OTHER_AWS)
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
Write-TestResult (Use-BedrockPS)
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.Mode | Should -Be 'converse'
        $run.Result.Text | Should -Not -BeNullOrEmpty
    }
}

Describe 'Import cost' {
    It 'loads no AWS service client at import, and readies Core and AWSSDK.Core for the first call in the background' {
        # The import hands Core's first-call warm-up to the thread pool (a CI step's first call then finds the code
        # ready); it loads only what every call needs, into the module's own context, and sends nothing.
        $run = Invoke-FreshPwsh -Script @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$null = Get-Command -Module BedrockPS
function Get-Ours { foreach ($a in [AppDomain]::CurrentDomain.GetAssemblies()) { $n = $a.GetName().Name; if ($n -like 'AWSSDK.*' -or $n -like 'BedrockPS.*') { [ordered]@{ Name = $n; Context = [string] [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($a).Name } } } }
$deadline = [DateTime]::UtcNow.AddSeconds(60)
while (-not (Get-Ours | Where-Object { $_.Name -eq 'AWSSDK.Core' }) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
Write-TestResult ([ordered]@{ Loaded = @(Get-Ours) })
'@
        $run.Result | Should -Not -BeNull -Because "the child process failed: $($run.Output) $($run.Error)"
        $loaded = @($run.Result.Loaded)
        @($loaded | ForEach-Object Name | Sort-Object) | Should -Be @('AWSSDK.Core', 'BedrockPS.Core')
        ($loaded | Where-Object Name -eq 'BedrockPS.Core').Context | Should -Be 'BedrockPS'
        ($loaded | Where-Object Name -eq 'AWSSDK.Core').Context | Should -Be 'BedrockPS'
    }

    It 'imports again after Remove-Module in the same session and still works' {
        $run = Invoke-FreshPwsh -Script ($childFunctions + @'
$manifest = Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1'
Import-Module $manifest
$null = Use-BedrockPS
Remove-Module BedrockPS
Import-Module $manifest
$again = Use-BedrockPS
Write-TestResult ([ordered]@{ Use = $again; BedrockContexts = @(Get-LoadedAssembly | Where-Object Name -eq 'BedrockPS.Core').Count })
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.BedrockContexts | Should -Be 1
    }
}

Describe 'Precompiled code on PowerShell 7' {
    It 'loads the ReadyToRun copies the build made for this platform, and they answer' {
        $run = Invoke-FreshPwsh -Script ($childFunctions + @'
function Test-NativeCode([string] $Path) {
    $stream = [IO.File]::OpenRead($Path)
    try { ([System.Reflection.PortableExecutable.PEReader]::new($stream)).PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0 }
    finally { $stream.Dispose() }
}
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$use = Use-BedrockPS
$loaded = foreach ($assembly in [AppDomain]::CurrentDomain.GetAssemblies()) {
    $name = $assembly.GetName().Name
    if ($name -in 'BedrockPS.Core', 'AWSSDK.Core', 'BedrockPS.Emulator') {
        [ordered]@{ Name = $name; Folder = Split-Path -Leaf (Split-Path -Parent $assembly.Location); Native = Test-NativeCode $assembly.Location
            Context = [string] [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name }
    }
}
$os = if ($IsLinux) { 'linux' } elseif ($IsWindows) { 'win' } else { 'osx' }
$cpu = ([string] [System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture).ToLowerInvariant()
Write-TestResult ([ordered]@{ Use = $use; Loaded = @($loaded); Expected = "net10.0-$os-$cpu"; Runtime = [Environment]::Version.Major })
'@)
        $run.Result | Should -Not -BeNullOrEmpty -Because "the child process failed: $($run.Output) $($run.Error)"
        $run.Result.Use.Mode | Should -Be 'converse'
        $run.Result.Use.Text | Should -Not -BeNullOrEmpty
        $folder = Join-Path (Get-BedrockModulePath) "dependencies/$($run.Result.Expected)"
        if ($run.Result.Runtime -lt 10 -or -not (Test-Path -LiteralPath $folder)) {
            Set-ItResult -Skipped -Because "the build made no precompiled copies for $($run.Result.Expected)"
            return
        }
        foreach ($name in 'BedrockPS.Core', 'AWSSDK.Core', 'BedrockPS.Emulator') {
            $assembly = $run.Result.Loaded | Where-Object Name -eq $name
            $assembly.Folder | Should -Be $run.Result.Expected -Because "$name should come from the precompiled folder"
            $assembly.Native | Should -BeTrue -Because "$name should carry native code"
            $assembly.Context | Should -Be 'BedrockPS'
        }
    }

    It 'ships the same IL in the precompiled copies as in the plain ones' {
        $plain = Join-Path (Get-BedrockModulePath) 'dependencies'
        $folders = @(Get-ChildItem -LiteralPath $plain -Directory -Filter 'net*-*')
        if (-not $folders) { Set-ItResult -Skipped -Because 'the build made no precompiled copies on this platform'; return }
        foreach ($copy in Get-ChildItem -LiteralPath $folders[0].FullName -Filter '*.dll') {
            $precompiled = [System.Reflection.AssemblyName]::GetAssemblyName($copy.FullName)
            $original = [System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $plain $copy.Name))
            $precompiled.FullName | Should -Be $original.FullName
            $precompiled.GetPublicKeyToken() | Should -Be $original.GetPublicKeyToken()
        }
    }
}
