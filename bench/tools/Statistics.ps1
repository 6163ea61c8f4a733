# Order statistics of the benchmarks.

function Get-Percentile {
    <# Nearest-rank percentile (50 = median; for an even count the mean of the two middle values). #>
    param([Parameter(Mandatory)] [double[]] $Values, [Parameter(Mandatory)] [double] $Percent)
    $sorted = [double[]]($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    if ($Percent -eq 50) {
        $middle = [int][math]::Floor($sorted.Count / 2)
        if ($sorted.Count % 2 -eq 1) { return $sorted[$middle] }
        return ($sorted[$middle - 1] + $sorted[$middle]) / 2
    }
    $rank = [int][math]::Ceiling($Percent / 100 * $sorted.Count)
    $sorted[[math]::Max(0, [math]::Min($sorted.Count - 1, $rank - 1))]
}

function Get-Median {
    param([Parameter(Mandatory)] [double[]] $Values)
    Get-Percentile -Values $Values -Percent 50
}
