<#
.SYNOPSIS
    What the module's format file costs at Import-Module, and which part of it. Copies the laid-out module into a
    temporary folder in variants that differ only in their format file, then times `Import-Module` inside fresh pwsh
    processes (a -Command line shaped like scenario 11's), the variants interleaved round by round in a rotating order:
      none        FormatsToProcess emptied (no format file at all)
      empty       a format file with no views (the fixed cost of having one)
      no-scripts  every <ScriptBlock> replaced by a <PropertyName> (same views, nothing to parse)
      shipped     the format file as built
    Prints per variant the median, quartiles and range of the wall time and of the methods JIT-compiled (all threads,
    so background tier-up adds noise to the latter). Also checks whether Import-Module parses the script blocks at all:
    a copy whose format file has a script block with a syntax error is imported, and its view looked up.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/tools/Measure-FormatFileLoad.ps1 -ModulePath out/BedrockPS -Rounds 20
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [ValidateRange(1, 1000)] [int] $Rounds = 15
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Processes.ps1')
. (Join-Path $PSScriptRoot 'Statistics.ps1')

$source = (Resolve-Path -LiteralPath $ModulePath).Path
$formatName = 'BedrockPS.Format.ps1xml'
$shipped = [IO.File]::ReadAllText((Join-Path $source $formatName))
$root = Join-Path ([IO.Path]::GetTempPath()) ('bedrockps-format-' + [guid]::NewGuid().ToString('N'))

function New-ModuleVariant {
    param([string] $Name, [string] $FormatText, [switch] $WithoutFormatFile)
    $target = Join-Path $root "$Name/BedrockPS"
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $target)
    Copy-Item -LiteralPath $source -Destination $target -Recurse
    if ($WithoutFormatFile) {
        $manifest = Join-Path $target 'BedrockPS.psd1'
        $text = [IO.File]::ReadAllText($manifest) -replace "FormatsToProcess\s*=\s*@\([^)]*\)", 'FormatsToProcess = @()'
        [IO.File]::WriteAllText($manifest, $text)
    }
    elseif ($FormatText) {
        [IO.File]::WriteAllText((Join-Path $target $formatName), $FormatText)
    }
    Join-Path $target 'BedrockPS.psd1'
}

function Invoke-FreshPwsh {
    param([string] $Command)
    $pwsh = Get-PwshCommandLine
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $Command)
    $child = New-ChildProcess -FilePath $pwsh[0] -ArgumentList $arguments
    $child.Process.StandardInput.Close()
    $output = $child.Process.StandardOutput.ReadToEnd()
    $child.Process.WaitForExit()
    if ($child.Process.ExitCode -ne 0) { throw "A fresh pwsh failed (exit $($child.Process.ExitCode)): $output $($child.ErrorText.Result)" }
    $output.Trim()
}

try {
    $variants = [ordered]@{
        none = New-ModuleVariant -Name 'none' -WithoutFormatFile
        empty = New-ModuleVariant -Name 'empty' -FormatText "<?xml version=`"1.0`" encoding=`"utf-8`"?>`n<Configuration><ViewDefinitions></ViewDefinitions></Configuration>`n"
        'no-scripts' = New-ModuleVariant -Name 'no-scripts' -FormatText ($shipped -replace '(?s)<ScriptBlock>.*?</ScriptBlock>', '<PropertyName>ModelId</PropertyName>')
        shipped = New-ModuleVariant -Name 'shipped'
    }

    # A script block PowerShell cannot parse: Update-FormatData refuses such a file; does Import-Module even look?
    $brokenText = $shipped -replace '<ScriptBlock>\$_\.Models\.Count</ScriptBlock>', '<ScriptBlock>$$_.Models.Count (</ScriptBlock>'
    if ($brokenText -eq $shipped) { throw "The format file no longer has the script block '`$_.Models.Count' this check breaks." }
    $broken = New-ModuleVariant -Name 'broken' -FormatText $brokenText
    $brokenFormat = (Join-Path (Split-Path $broken) $formatName).Replace("'", "''")
    $check = Invoke-FreshPwsh ("Import-Module '$($broken.Replace("'", "''"))'; `$views = (Get-FormatData BedrockPS.InferenceProfileInfo).FormatViewDefinition.Name -join ', '; `$imported = `$Error.Count; " +
        "Update-FormatData -AppendPath '$brokenFormat' -ErrorAction SilentlyContinue; `"Import-Module: `$imported errors, views `$views; Update-FormatData on the same file: `$(`$Error.Count - `$imported) errors`"")
    "A format file with an unparsable script block: $check"

    $times = @{}
    $methods = @{}
    foreach ($name in $variants.Keys) { $times[$name] = [Collections.Generic.List[double]]::new(); $methods[$name] = [Collections.Generic.List[double]]::new() }
    $names = @($variants.Keys)
    for ($round = 0; $round -lt $Rounds; $round++) {
        for ($k = 0; $k -lt $names.Count; $k++) {
            $name = $names[($round + $k) % $names.Count]
            # Shaped like scenario 11's command line (an assignment, a method call, an if), so the parser starts as warm.
            $command = "`$m = [System.Runtime.JitInfo]::GetCompiledMethodCount(`$false); `$s = [System.Diagnostics.Stopwatch]::StartNew(); " +
                "Import-Module '$($variants[$name].Replace("'", "''"))'; `$e = `$s.Elapsed.TotalMilliseconds; " +
                "`$n = [System.Runtime.JitInfo]::GetCompiledMethodCount(`$false) - `$m; if (-not `$e.ToString().EndsWith('x')) { `"`$e `$n`" }"
            $fields = (Invoke-FreshPwsh $command) -split ' '
            $times[$name].Add([double]::Parse($fields[0], [cultureinfo]::InvariantCulture))
            $methods[$name].Add([double]$fields[1])
        }
    }

    $rows = foreach ($name in $names) {
        [pscustomobject]@{
            Variant = $name
            ImportMedianMs = [math]::Round((Get-Median @($times[$name])), 1)
            ImportQuartilesMs = '{0:N0}-{1:N0}' -f (Get-Percentile @($times[$name]) 25), (Get-Percentile @($times[$name]) 75)
            ImportRangeMs = '{0:N0}-{1:N0}' -f ($times[$name] | Measure-Object -Minimum).Minimum, ($times[$name] | Measure-Object -Maximum).Maximum
            JitMethodsMedian = Get-Median @($methods[$name])
            Runs = $times[$name].Count
        }
    }
    $rows | Format-Table -AutoSize | Out-String -Width 200
}
finally {
    Remove-Item -LiteralPath $root -Recurse -Force -ErrorAction SilentlyContinue
}
