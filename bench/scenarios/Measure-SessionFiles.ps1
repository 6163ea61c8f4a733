<#
.SYNOPSIS
    Scenario 7: Import-BedrockSession and Export-BedrockSession of an N-turn session, each repeated, with elapsed time,
    peak resident growth and bytes allocated. The file is grown from a one-turn session that the module itself exported
    (a real turn against an in-process emulator), so it is in the module's own format.
    Prints {"turns","fileBytes","import":[...],"export":[...]}.
#>
param(
    [Parameter(Mandatory)] [int] $Turns,
    [int] $Repeat = 3,
    [string] $ModelId = 'us.anthropic.claude-haiku-4-5-20251001-v1:0'
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
. (Join-Path $PSScriptRoot '../tools/Memory.ps1')

$folder = Join-Path ([IO.Path]::GetTempPath()) "bedrockps-bench-sessions-$PID"
$null = New-Item -ItemType Directory -Path $folder -Force
try {
    $seedPath = Join-Path $folder 'seed.json'
    $emulator = Start-BedrockEmulator
    try {
        $emulator | Set-BedrockConfiguration
        $session = New-BedrockSession -ModelId $ModelId -System 'You answer questions about the benchmark, briefly.'
        $prompt = 'Turn TURNINDEX: summarise what a benchmark measures, which baseline it compares with, and why the median matters.'
        $null = Invoke-BedrockConverse -Session $session -Message $prompt
        Export-BedrockSession -Session $session -Path $seedPath -Force
    }
    finally {
        $emulator | Stop-BedrockEmulator
    }

    # Grow the one real turn into N turns, each with its own text.
    $root = [System.Text.Json.Nodes.JsonNode]::Parse([IO.File]::ReadAllText($seedPath))
    $template = $root['messages']
    $messages = [System.Text.Json.Nodes.JsonArray]::new()
    for ($turn = 0; $turn -lt $Turns; $turn++) {
        foreach ($message in $template) {
            $copy = $message.DeepClone()
            $text = $copy['content'][0]['text']
            $copy['content'][0]['text'] = [System.Text.Json.Nodes.JsonValue]::Create($text.GetValue[string]().Replace('TURNINDEX', [string]$turn))
            $messages.Add($copy)
        }
    }
    $root['messages'] = $messages
    $root['turns'] = [System.Text.Json.Nodes.JsonValue]::Create($Turns)
    $sourcePath = Join-Path $folder "session-$Turns.json"
    [IO.File]::WriteAllText($sourcePath, $root.ToJsonString())
    $root = $null; $messages = $null; $template = $null

    # Warm-up on the seed, so the first measured run is not paying for JIT.
    $warm = Import-BedrockSession -Path $seedPath
    Export-BedrockSession -Session $warm -Path (Join-Path $folder 'warm.json') -Force

    $imports = @(); $exports = @()
    for ($i = 0; $i -lt $Repeat; $i++) {
        $imported = Measure-PeakMemory { Import-BedrockSession -Path $sourcePath }
        if ($imported.Result.Turns -ne $Turns) { throw "Imported $($imported.Result.Turns) turns, expected $Turns." }
        $imports += @{ ms = $imported.ElapsedMs; peakGrowthBytes = $imported.PeakGrowthBytes; allocatedBytes = $imported.AllocatedBytes }
        $session = $imported.Result
        $imported = $null
        $target = Join-Path $folder "export-$i.json"
        $exported = Measure-PeakMemory { Export-BedrockSession -Session $session -Path $target -Force }
        $exports += @{ ms = $exported.ElapsedMs; peakGrowthBytes = $exported.PeakGrowthBytes; allocatedBytes = $exported.AllocatedBytes }
        $session = $null
    }
    Write-WorkerResult @{ turns = $Turns; fileBytes = (Get-Item -LiteralPath $sourcePath).Length; peakIsExact = $exported.PeakIsExact; import = $imports; export = $exports }
}
finally {
    Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
}
