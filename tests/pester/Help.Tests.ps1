# Two halves: the markdown-to-MAML converter of the build, checked on a sample file; and the help that ships
# in out/BedrockPS, checked for completeness and by running every example against the emulator.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    $module = Import-Module (Get-BedrockManifestPath) -PassThru -Force
    $script:cmdletCases = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Support/BedrockPS.TestSupport.psm1') -Force
    foreach ($converter in Get-ChildItem (Join-Path $PSScriptRoot '../../build/help') -Filter '*.ps1') { . $converter.FullName }
    $script:docs = Join-Path $PSScriptRoot '../../docs/en-US'
    $script:commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters +
        [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
    Import-Module (Get-BedrockManifestPath) -Force
}

Describe 'The help converter' {
    BeforeAll {
        $script:sample = Join-Path $TestDrive 'Get-SampleThing.md'
        Set-Content -LiteralPath $sample -Encoding utf8 -Value @'
---
external help file: BedrockPS.dll-Help.xml
---

# Get-SampleThing

## SYNOPSIS
Gets sample things.

## SYNTAX

### ByName (Default)
```
Get-SampleThing [-Name] <String> [-Deep] [<CommonParameters>]
```

### ById
```
Get-SampleThing -Id <Int32> [<CommonParameters>]
```

## DESCRIPTION
First paragraph,
wrapped over `two` lines.

```powershell
# not a heading
Get-SampleThing x
```

## EXAMPLES

### Example 1: By name
```powershell
PS C:\> Get-SampleThing -Name a
```

Gets **a**.

### Example 2: By id
```powershell
Get-SampleThing -Id 3
```

## PARAMETERS

### -Name
The name.

```yaml
Type: String
Parameter Sets: ByName
Aliases: N

Required: True
Position: 0
Default value: None
Accept pipeline input: True (ByValue)
Accept wildcard characters: True
```

### -Deep
Looks deeper.

```yaml
Type: SwitchParameter
Parameter Sets: ByName
Aliases:

Required: False
Position: Named
Default value: False
Accept pipeline input: False
Accept wildcard characters: False
```

### -Id
The id.

```yaml
Type: Int32
Parameter Sets: ById
Aliases:

Required: True
Position: Named
Default value: None
Accept pipeline input: False
Accept wildcard characters: False
```

### CommonParameters
Supported.

## INPUTS

### System.String
A name.

## OUTPUTS

### Sample.Thing
A thing.

## NOTES
A note.

## RELATED LINKS

[Set-SampleThing](Set-SampleThing.md)
[Online](https://example.com/sample)
'@
        $script:parsed = ConvertFrom-HelpMarkdown -Path $sample
        [xml] $script:maml = ConvertTo-MamlHelp -MarkdownFile $sample
        $script:ns = [System.Xml.XmlNamespaceManager]::new($maml.NameTable)
        $ns.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $ns.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $ns.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
    }

    It 'reads the name, synopsis and paragraphs, keeping fenced code as text' {
        $parsed.Name | Should -Be 'Get-SampleThing'
        $parsed.Synopsis | Should -Be 'Gets sample things.'
        $parsed.Description[0] | Should -Be 'First paragraph, wrapped over two lines.'
        $parsed.Description[1] | Should -BeLike '# not a heading*Get-SampleThing x'
    }

    It 'reads each parameter with its yaml facts, skipping CommonParameters' {
        $parsed.Parameters.Name | Should -Be @('Name', 'Deep', 'Id')
        $name = $parsed.Parameters | Where-Object Name -eq 'Name'
        $name.Required | Should -BeTrue
        $name.Position | Should -Be '0'
        $name.Aliases | Should -Be 'N'
        $name.Globbing | Should -BeTrue
        $name.PipelineInput | Should -Be 'True (ByValue)'
        ($parsed.Parameters | Where-Object Name -eq 'Id').Position | Should -Be 'named'
    }

    It 'writes one syntax item per parameter set with that set''s parameters' {
        $items = $maml.SelectNodes('//command:syntaxItem', $ns)
        $items.Count | Should -Be 2
        @($items[0].SelectNodes('command:parameter/maml:name', $ns).InnerText) | Should -Be @('Name', 'Deep')
        @($items[1].SelectNodes('command:parameter/maml:name', $ns).InnerText) | Should -Be @('Id')
    }

    It 'writes examples with code and remarks, types, notes and links' {
        $examples = $maml.SelectNodes('//command:example', $ns)
        $examples.Count | Should -Be 2
        $examples[0].SelectSingleNode('dev:code', $ns).InnerText | Should -Be 'PS C:\> Get-SampleThing -Name a'
        $examples[0].SelectSingleNode('dev:remarks/maml:para', $ns).InnerText | Should -Be 'Gets a.'
        $maml.SelectSingleNode('//command:inputType/dev:type/maml:name', $ns).InnerText | Should -Be 'System.String'
        $maml.SelectSingleNode('//command:returnValue/dev:type/maml:name', $ns).InnerText | Should -Be 'Sample.Thing'
        $maml.SelectSingleNode('//maml:alertSet/maml:alert/maml:para', $ns).InnerText | Should -Be 'A note.'
        @($maml.SelectNodes('//maml:navigationLink/maml:uri', $ns).InnerText) | Should -Be @('', 'https://example.com/sample')
    }

    It 'refuses a file without a command heading, naming the file' {
        $broken = Join-Path $TestDrive 'Broken-Thing.md'
        Set-Content -LiteralPath $broken -Value "## SYNOPSIS`nNo title."
        { ConvertFrom-HelpMarkdown -Path $broken } | Should -Throw '*Broken-Thing.md*'
    }

    It 'refuses a parameter without a yaml block' {
        $broken = Join-Path $TestDrive 'Get-Broken.md'
        Set-Content -LiteralPath $broken -Value "# Get-Broken`n`n## SYNOPSIS`nX.`n`n## PARAMETERS`n`n### -Name`nNo yaml."
        { ConvertFrom-HelpMarkdown -Path $broken } | Should -Throw '*-Name*yaml*'
    }
}

Describe 'The shipped about topic' {
    It 'is found by Get-Help about_BedrockPS' {
        $about = Get-Help about_BedrockPS | Out-String
        $about | Should -Match 'SHORT DESCRIPTION'
        $about | Should -Match 'ASSEMBLY ISOLATION'
    }
}

Describe 'Help of <Name>' -ForEach $cmdletCases {
    BeforeAll {
        $script:help = Get-Help -Name $Name -Full
        $script:command = Get-Command -Name $Name -Module BedrockPS
    }

    It 'has a markdown source in docs/en-US' {
        Test-Path -LiteralPath (Join-Path $docs "$Name.md") | Should -BeTrue
    }

    It 'has a synopsis and a description' {
        # Without a help file PowerShell makes up a synopsis from the syntax.
        $help.Synopsis | Should -Not -BeLike "$Name *"
        $help.Synopsis | Should -Not -BeNullOrEmpty
        ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'describes every parameter' {
        $described = @{}
        foreach ($parameter in @($help.parameters.parameter)) {
            if ($parameter -and ($parameter.description | Out-String).Trim()) { $described[$parameter.name] = $true }
        }
        $undescribed = @($command.Parameters.Keys | Where-Object { $_ -notin $commonParameters -and -not $described[$_] })
        $undescribed | Should -BeNullOrEmpty -Because "parameters without help: $($undescribed -join ', ')"
    }

    It 'has at least two examples' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
    }
}

Describe 'Help examples' {
    BeforeAll {
        # One fresh process runs every cmdlet's examples (a process start costs more than most examples); each
        # cmdlet gets its own emulator, working folder and variable scope, so one cmdlet's examples cannot break
        # another's.
        $script:missingEmulatorCommands = @(Get-MissingBedrockCommand -Name 'Start-BedrockEmulator', 'Set-BedrockConfiguration', 'Stop-BedrockEmulator')
        $script:exampleRun = $null
        $groups = [ordered]@{}
        foreach ($case in $cmdletCases) {
            $examples = @((Get-Help -Name $case.Name).examples.example | Where-Object { $_ -and $_.title -notmatch '\(not run\)' })
            if ($examples.Count) {
                $groups[$case.Name] = @($examples | ForEach-Object {
                        [ordered]@{
                            Title = ($_.title -replace '^-+\s*|\s*-+$', '')
                            Code  = (($_.code -split "`r?`n") -replace '^\s*PS [^>]*>\s?', '') -join "`n"
                        }
                    })
            }
        }
        $script:cmdletsWithExamples = @($groups.Keys)
        if ($missingEmulatorCommands.Count -or -not $groups.Count) { return }

        $payload = Join-Path $TestDrive 'examples.json'
        $groups | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $payload -Encoding utf8
        $script:exampleRun = Invoke-FreshPwsh -TimeoutSeconds 300 -Environment @{ EXAMPLES = $payload; WORK = $TestDrive } -Script @'
Import-Module (Join-Path $env:BEDROCKPS_MODULE_PATH 'BedrockPS.psd1')
$groups = Get-Content -LiteralPath $env:EXAMPLES -Raw | ConvertFrom-Json
$failures = [ordered]@{}
foreach ($group in $groups.PSObject.Properties) {
    $failures[$group.Name] = & {
        $folder = New-Item -ItemType Directory -Force -Path (Join-Path $env:WORK "examples/$($group.Name)")
        Push-Location -LiteralPath $folder.FullName
        $emulator = Start-BedrockEmulator
        $emulator | Set-BedrockConfiguration
        try {
            foreach ($example in $group.Value) {
                try {
                    $null = . ([scriptblock]::Create($example.Code)) *>&1
                }
                catch {
                    "$($example.Title): $($_.Exception.Message)"
                }
            }
        }
        finally {
            $emulator | Stop-BedrockEmulator -ErrorAction SilentlyContinue
            Pop-Location
        }
    }
}
Write-TestResult $failures
'@
    }

    It 'run against the emulator for <Name>' -ForEach $cmdletCases {
        if ($missingEmulatorCommands.Count) {
            Set-ItResult -Skipped -Because "the module does not export $($missingEmulatorCommands -join ', ') yet"
            return
        }
        if ($cmdletsWithExamples -notcontains $Name) {
            Set-ItResult -Skipped -Because "$Name has no runnable example"
            return
        }
        $exampleRun.TimedOut | Should -BeFalse -Because 'an example must not wait for input or hang'
        $exampleRun.Result | Should -Not -BeNullOrEmpty -Because "the example run failed: $($exampleRun.Output) $($exampleRun.Error)"
        $failures = @($exampleRun.Result.$Name | Where-Object { $_ })
        $failures | Should -BeNullOrEmpty -Because ($failures -join '; ')
    }
}
