# The prompts every client of scenarios 2 and 3 sends (BenchPrompts.cs and bench/js/prompts.mjs build the same strings).

function Get-BenchPrompt {
    param([Parameter(Mandatory)] [int] $Count, [switch] $Warmup)
    if ($Warmup) { return @(0..($Count - 1) | ForEach-Object { "Warm-up prompt $_" }) }
    @(0..($Count - 1) | ForEach-Object { "Benchmark prompt ${_}: name one prime number." })
}
