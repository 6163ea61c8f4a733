function Invoke-SequentialScenario {
    <#
    .SYNOPSIS
        Scenarios 2 and 3: the same prompts, one at a time, against a zero-latency emulator: piped into one
        Invoke-BedrockConverse (and as separate invocations), from the C# floor (bare HttpClient + SigV4), and from the
        AWS SDK for JavaScript v3. Each run is a fresh process per client with 200 warm-up calls; runs are interleaved.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 5, [int] $Count = 1000)

    $emulator = Start-ContextEmulator -Context $Context
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $clientArguments = @('--endpoint', $emulator.Url, '--model', $Context.ModelId, '--count', $Count, '--warmup', 200)
        $floor = @(); $node = @(); $pipe = @(); $loop = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            $floor += (Invoke-JsonProcess -FilePath $Context.FloorPath -ArgumentList (@('converse') + $clientArguments) -Environment $environment).elapsedMs
            $node += (Invoke-JsonProcess -FilePath 'node' -ArgumentList (@((Join-Path $Context.BenchRoot 'js/converse-sequential.mjs')) + $clientArguments) -Environment $environment).elapsedMs
            $cmdlet = Invoke-PwshWorker -Context $Context -Script 'Measure-SequentialConverse.ps1' -Environment $environment -ArgumentList @('-ModelId', $Context.ModelId, '-Count', $Count)
            if ($cmdlet.failed -ne 0) { throw "Invoke-BedrockConverse gave $($cmdlet.failed) wrong answers." }
            $pipe += $cmdlet.pipeMs
            $loop += $cmdlet.loopMs
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    $perPrompt = { param($values) (Get-Median $values) / $Count }
    $floorMs = & $perPrompt $floor; $nodeMs = & $perPrompt $node; $pipeMs = & $perPrompt $pipe; $loopMs = & $perPrompt $loop
    $runsText = "$Runs interleaved x $Count prompts"
    $data = @{ floorMs = $floor; nodeMs = $node; pipeMs = $pipe; loopMs = $loop; count = $Count }
    New-ScenarioResult -Id 2 -Name "$Count prompts piped, one at a time" `
        -Measured ('{0:N3} ms/prompt' -f $pipeMs) -Baseline ('{0:N3} ms/prompt (C# HttpClient + SigV4)' -f $floorMs) `
        -Figure ('{0:N2}x floor' -f ($pipeMs / $floorMs)) -Target '<= 1.5x' -Met (($pipeMs / $floorMs) -le 1.5) -Runs $runsText -Data $data
    New-ScenarioResult -Id 2 -Name "$Count separate invocations in a loop" `
        -Measured ('{0:N3} ms/prompt' -f $loopMs) -Baseline ('{0:N3} ms/prompt (C# HttpClient + SigV4)' -f $floorMs) `
        -Figure ('{0:N2}x floor' -f ($loopMs / $floorMs)) -Target 'report' -Met $true -Runs $runsText -Data @{}
    New-ScenarioResult -Id 3 -Name "$Count prompts vs AWS SDK for JavaScript v3" `
        -Measured ('{0:N3} ms/prompt' -f $pipeMs) -Baseline ('{0:N3} ms/prompt (Node, sequential awaits)' -f $nodeMs) `
        -Figure ('{0:N2}x JS SDK' -f ($pipeMs / $nodeMs)) -Target '<= 1.0x' -Met (($pipeMs / $nodeMs) -le 1.0) -Runs $runsText -Data @{}
}
