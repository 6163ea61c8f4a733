<#
.SYNOPSIS
    Scenario 6 (client side): streams answers through Invoke-BedrockConverse -Stream in a hosted PowerShell and stamps
    each delta as it reaches the Information stream. The emulator's scenario answers "lag run R" with 500 markers
    ""#R0000".."#R0499" (run R, delta index); the timestamping relay in front of it records when each marker was sent.
    Prints {"frequency","arrivals":[[index,ticks],...],"texts":[...]}.
#>
param(
    [Parameter(Mandatory)] [string] $ModelId,
    # Runs 0 (warm-up) to RunCount.
    [int] $RunCount = 5
)
. (Join-Path $PSScriptRoot '../tools/Worker.ps1')
Add-Type -Path (Join-Path $PSScriptRoot '../tools/InformationArrivalRecorder.cs')

$recorder = [BedrockPS.Bench.InformationArrivalRecorder]::new()
$runspace = [runspacefactory]::CreateRunspace()
$runspace.Open()
$texts = @()
try {
    foreach ($run in 0..$RunCount) {
        $shell = [powershell]::Create()
        $shell.Runspace = $runspace
        $recorder.Attach($shell.Streams.Information)
        if ($run -eq 0) { $null = $shell.AddCommand('Import-Module').AddParameter('Name', $env:BEDROCKPS_MODULE_PATH).AddStatement() }
        $null = $shell.AddCommand('Invoke-BedrockConverse').AddParameter('ModelId', $ModelId).AddParameter('Message', "lag run $run").AddParameter('Stream')
        $answer = $shell.Invoke()
        if ($shell.HadErrors) { throw "Run $run failed: $($shell.Streams.Error[0])" }
        $texts += $answer[0].Text.Length
        $shell.Dispose()
    }
}
finally {
    $runspace.Dispose()
}
Write-WorkerResult @{ frequency = [BedrockPS.Bench.InformationArrivalRecorder]::Frequency; arrivals = $recorder.Arrivals(); textLengths = $texts }
