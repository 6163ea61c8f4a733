# The start of every scenario worker (a fresh pwsh): the module from $env:BEDROCKPS_MODULE_PATH, errors stop,
# and one compact JSON line written last as the result.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$PSStyle.OutputRendering = 'PlainText'
$ProgressPreference = 'SilentlyContinue'
if (-not $env:BEDROCKPS_MODULE_PATH) { throw 'BEDROCKPS_MODULE_PATH must name the built module folder.' }
Import-Module $env:BEDROCKPS_MODULE_PATH

function Write-WorkerResult {
    param([Parameter(Mandatory)] $Result)
    [Console]::Out.WriteLine(($Result | ConvertTo-Json -Compress -Depth 6))
    [Console]::Out.Flush()
}
