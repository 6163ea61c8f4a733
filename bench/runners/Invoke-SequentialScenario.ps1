function Invoke-SequentialScenario {
    <#
    .SYNOPSIS
        Scenarios 2 and 3: the same prompts, one at a time, against a zero-latency emulator: piped into one
        Invoke-BedrockConverse (and as separate invocations), from the C# floor (bare HttpClient + SigV4), and from the
        AWS SDK for JavaScript v3. Each client runs in a fresh process per run (runs interleaved): 200 warm-up calls,
        then the prompts in consecutive timed batches. The figure is the median over every batch of every run; the
        first batch of each process (the least warmed up) is reported beside it.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 3, [int] $Batches = 4, [int] $Count = 1000)

    $emulator = Start-ContextEmulator -Context $Context
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $clientArguments = @('--endpoint', $emulator.Url, '--model', $Context.ModelId, '--count', $Count, '--warmup', 200, '--batches', $Batches)
        $floor = @(); $node = @(); $pipe = @(); $loop = @(); $floorCpu = @(); $nodeCpu = @(); $pipeCpu = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            $result = Invoke-JsonProcess -FilePath $Context.FloorPath -ArgumentList (@('converse') + $clientArguments) -Environment $environment
            if ($result.failed -ne 0) { throw "The C# floor got $($result.failed) wrong answers." }
            $floor += , @($result.batchMs)
            $floorCpu += @($result.cpuMs)
            $result = Invoke-JsonProcess -FilePath 'node' -ArgumentList (@((Join-Path $Context.BenchRoot 'js/converse-sequential.mjs')) + $clientArguments) -Environment $environment
            if ($result.failed -ne 0) { throw "The JavaScript SDK got $($result.failed) wrong answers." }
            $node += , @($result.batchMs)
            $nodeCpu += @($result.cpuMs)
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-SequentialConverse.ps1' -Environment $environment `
                -ArgumentList @('-ModelId', $Context.ModelId, '-Count', $Count, '-Batches', $Batches)
            if ($result.failed -ne 0) { throw "Invoke-BedrockConverse gave $($result.failed) wrong answers." }
            $pipe += , @($result.pipeMs)
            $pipeCpu += @($result.pipeCpuMs)
            $loop += $result.loopMs
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    # Per prompt: the median over all batches, and over the first batch of each process.
    $all = { param($runs) (Get-Median @($runs | ForEach-Object { $_ })) / $Count }
    $first = { param($runs) (Get-Median @($runs | ForEach-Object { $_[0] })) / $Count }
    $floorMs = & $all $floor; $nodeMs = & $all $node; $pipeMs = & $all $pipe
    $floorFirst = & $first $floor; $nodeFirst = & $first $node; $pipeFirst = & $first $pipe
    $loopMs = (Get-Median $loop) / $Count
    # Client CPU per prompt (all threads of the client process): what competes with the emulator for the cores.
    $floorCpuMs = (Get-Median $floorCpu) / $Count; $nodeCpuMs = (Get-Median $nodeCpu) / $Count; $pipeCpuMs = (Get-Median $pipeCpu) / $Count
    $runsText = "$Runs interleaved processes x $Batches batches of $Count"
    $data = @{ floorBatchMs = $floor; nodeBatchMs = $node; pipeBatchMs = $pipe; loopMs = $loop; count = $Count
        floorCpuMs = $floorCpu; nodeCpuMs = $nodeCpu; pipeCpuMs = $pipeCpu }
    New-ScenarioResult -Id 2 -Name "$Count prompts piped, one at a time" `
        -Measured ('{0:N3} ms/prompt (first batch {1:N3}); CPU {2:N3} ms/prompt' -f $pipeMs, $pipeFirst, $pipeCpuMs) `
        -Baseline ('{0:N3} ms/prompt (first batch {1:N3}); CPU {2:N3} ms/prompt; C# HttpClient + SigV4' -f $floorMs, $floorFirst, $floorCpuMs) `
        -Figure ('{0:N2}x floor (first batch {1:N2}x)' -f ($pipeMs / $floorMs), ($pipeFirst / $floorFirst)) `
        -Target '<= 1.5x' -Met (($pipeMs / $floorMs) -le 1.5) -Runs $runsText -Data $data
    New-ScenarioResult -Id 2 -Name "$Count separate invocations in a loop" `
        -Measured ('{0:N3} ms/prompt' -f $loopMs) -Baseline ('{0:N3} ms/prompt, C# HttpClient + SigV4' -f $floorMs) `
        -Figure ('{0:N2}x floor' -f ($loopMs / $floorMs)) -Target 'report' -Met $true -Runs "$Runs (one loop after the batches)" -Data @{}
    New-ScenarioResult -Id 3 -Name "$Count prompts vs AWS SDK for JavaScript v3" `
        -Measured ('{0:N3} ms/prompt (first batch {1:N3})' -f $pipeMs, $pipeFirst) `
        -Baseline ('{0:N3} ms/prompt (first batch {1:N3}); CPU {2:N3} ms/prompt; Node, sequential awaits' -f $nodeMs, $nodeFirst, $nodeCpuMs) `
        -Figure ('{0:N2}x JS SDK (first batch {1:N2}x)' -f ($pipeMs / $nodeMs), ($pipeFirst / $nodeFirst)) `
        -Target '<= 1.0x' -Met (($pipeMs / $nodeMs) -le 1.0) -Runs $runsText -Data @{}
}
