function Invoke-StructuredRowsScenario {
    <#
    .SYNOPSIS
        Scenario 12: 1,000 CSV rows through Invoke-BedrockConverse -JsonSchema -Flatten against the same rows without a
        schema, zero-latency emulator, one row at a time; fresh worker per run, the two modes interleaved, medians.
    #>
    param([Parameter(Mandatory)] $Context, [int] $Runs = 3, [int] $Rows = 1000)

    $emulator = Start-ContextEmulator -Context $Context
    try {
        $environment = Get-ClientEnvironment -Context $Context -EndpointUrl $emulator.Url
        $common = @('-ModelId', $Context.ModelId, '-Rows', $Rows)
        $schema = @(); $plain = @()
        for ($run = 0; $run -lt $Runs; $run++) {
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-StructuredRows.ps1' -Environment $environment -ArgumentList ($common + @('-Mode', 'Schema'))
            if ($result.failed -ne 0) { throw "The -JsonSchema rows lost or garbled $($result.failed) rows." }
            $schema += $result.ms
            $result = Invoke-PwshWorker -Context $Context -Script 'Measure-StructuredRows.ps1' -Environment $environment -ArgumentList ($common + @('-Mode', 'Plain'))
            if ($result.failed -ne 0) { throw "The plain rows lost $($result.failed) rows." }
            $plain += $result.ms
        }
    }
    finally {
        $null = Stop-ChildProcess -Child $emulator
    }

    $schemaMs = Get-Median $schema
    $plainMs = Get-Median $plain
    $ratio = $schemaMs / $plainMs
    New-ScenarioResult -Id 12 -Name "$Rows CSV rows with -JsonSchema -Flatten" `
        -Measured ('{0:N3} ms/row' -f ($schemaMs / $Rows)) -Baseline ('{0:N3} ms/row, the same rows without a schema' -f ($plainMs / $Rows)) `
        -Figure ('{0:N2}x' -f $ratio) -Target '<= 1.2x' -Met ($ratio -le 1.2) `
        -Runs "$Runs + $Runs interleaved" -Data @{ schemaMs = $schema; plainMs = $plain }
}
