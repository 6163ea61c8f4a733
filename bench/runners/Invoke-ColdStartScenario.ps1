function Invoke-ColdStartScenario {
    <#
    .SYNOPSIS
        Scenario 11: a CI step's first call. Whole processes, wall time from start to exit, against an emulator already
        running in its own process, with everything in the environment as a CI runner has it (AWS_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL_BEDROCK_RUNTIME). Arms, interleaved round by round (the
        order rotates each round so no arm always runs right after another): `pwsh -c 1`; a fresh pwsh that imports the
        module and makes one Invoke-BedrockConverse call; the same pwsh importing the module only (to split import from
        first call); and a whole Node process making the same call with the AWS SDK for JavaScript v3. The figure is
        the module's added cost: the median of the call arm minus the median of `pwsh -c 1`. The issue set the target
        as +250 ms on a machine where `pwsh -c 1` took 560 ms; machines differ by more than that margin (this one takes
        0.65-0.95 s for `pwsh -c 1`), so it is checked as the same share of the same run's `pwsh -c 1`: at most
        250/560 = 0.45x of it.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 11)

    $pwsh = $Context.Pwsh
    $prefix = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command')
    $module = $Context.ModulePath.Replace("'", "''")
    $prompt = 'cold start ' + [guid]::NewGuid().ToString('N')
    # The answer must echo the prompt: a fast wrong answer must not count.
    $callCommand = "Import-Module '$module'; `$answer = Invoke-BedrockConverse -ModelId `$env:BENCH_MODEL_ID -Message `$env:BENCH_PROMPT; if (-not `$answer.Text.EndsWith(`$env:BENCH_PROMPT)) { exit 3 }"
    $arms = [ordered]@{
        bare = @{ File = $pwsh[0]; Arguments = $prefix + '1' }
        call = @{ File = $pwsh[0]; Arguments = $prefix + $callCommand }
        import = @{ File = $pwsh[0]; Arguments = $prefix + "Import-Module '$module'" }
        node = @{ File = 'node'; Arguments = @((Join-Path $Context.BenchRoot 'js/converse-once.mjs')) }
    }
    $emulator = Start-ContextEmulator -Context $Context
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $environment.BENCH_MODEL_ID = $Context.ModelId
        $environment.BENCH_PROMPT = $prompt
        $timeOne = {
            param($Arm)
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $child = New-ChildProcess -FilePath $Arm.File -ArgumentList $Arm.Arguments -Environment $environment
            $child.Process.StandardInput.Close()
            $output = $child.Process.StandardOutput.ReadToEndAsync()
            if (-not $child.Process.WaitForExit(120000)) { $child.Process.Kill(); throw "'$($Arm.File)' did not finish within 120 s." }
            $child.Process.WaitForExit()
            $elapsed = $clock.Elapsed.TotalMilliseconds
            $exitCode = $child.Process.ExitCode
            $child.Process.Dispose()
            if ($exitCode -ne 0) { throw "'$($Arm.File) $($Arm.Arguments[-1])' failed (exit $exitCode): $($output.Result) $($child.ErrorText.Result)" }
            $elapsed
        }
        $names = @($arms.Keys)
        # One unmeasured round first, so every arm starts from a warm disk cache (and the emulator is warm).
        foreach ($name in $names) { $null = & $timeOne $arms[$name] }
        $times = @{}
        foreach ($name in $names) { $times[$name] = [Collections.Generic.List[double]]::new() }
        for ($round = 0; $round -lt $Runs; $round++) {
            for ($k = 0; $k -lt $names.Count; $k++) {
                $name = $names[($round + $k) % $names.Count]
                $times[$name].Add((& $timeOne $arms[$name]))
            }
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    $median = @{}
    foreach ($name in $names) { $median[$name] = Get-Median @($times[$name]) }
    $spread = { param($name) '{0:N0}-{1:N0}' -f ($times[$name] | Measure-Object -Minimum).Minimum, ($times[$name] | Measure-Object -Maximum).Maximum }
    $added = $median.call - $median.bare
    $share = $added / $median.bare
    $targetShare = 250 / 560
    New-ScenarioResult -Id 11 -Name 'Fresh pwsh: import + first Converse call' `
        -Measured ('{0:N0} ms (runs {1}); import only {2:N0} ms' -f $median.call, (& $spread 'call'), $median.import) `
        -Baseline ('{0:N0} ms pwsh -c 1 (runs {1}); Node + JS SDK one call {2:N0} ms (runs {3})' -f $median.bare, (& $spread 'bare'), $median.node, (& $spread 'node')) `
        -Figure ('+{0:N0} ms = {1:N2}x of pwsh -c 1 (import +{2:N0}, first call +{3:N0}); Node process {4:N2}x pwsh -c 1' -f $added, $share, ($median.import - $median.bare), ($median.call - $median.import), ($median.node / $median.bare)) `
        -Target ('<= +250 ms where pwsh -c 1 takes 560 ms: <= {0:N2}x of pwsh -c 1' -f $targetShare) -Met ($share -le $targetShare) -Runs "$Runs x 4 interleaved, rotating order" `
        -Data @{ bareMs = $times.bare; callMs = $times.call; importMs = $times.import; nodeMs = $times.node; addedMs = $added; addedShareOfBare = $share }
}
