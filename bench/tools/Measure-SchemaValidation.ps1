<#
.SYNOPSIS
    By-hand micro-measure (not part of Invoke-Benchmarks): the cost per CSV row of structured output's local work
    for a typical support-ticket schema: parsing the answer text, validating it with the compiled validator, and
    turning it into PowerShell objects. Prints microseconds per row for each step and in all.
.DESCRIPTION
    Run after a Release build of the solution (dotnet build -c Release), from the repository root:
        dotnet pwsh ./bench/tools/Measure-SchemaValidation.ps1
    The loop runs in compiled C# (Add-Type), so the figure is the library's cost, not the script interpreter's.
    Absolute times on a shared machine mean little, so each row is also read once with JsonDocument.Parse, interleaved,
    and the total is given as a multiple of that. Compare the total with scenario 2's time per piped prompt (about
    0.5 ms on a quiet machine): the budget for all of structured output is 0.2x of it.
#>
param(
    [int] $Rows = 1000,
    [int] $Rounds = 30,
    [string] $Configuration = 'Release'
)
$root = Split-Path (Split-Path $PSScriptRoot)
$core = Join-Path $root "src/BedrockPS.Core/bin/$Configuration/netstandard2.0/BedrockPS.Core.dll"
$cmdlets = Join-Path $root "src/BedrockPS/bin/$Configuration/netstandard2.0/BedrockPS.dll"
foreach ($path in $core, $cmdlets) { if (-not (Test-Path $path)) { throw "Build first: $path is missing." } }
Add-Type -Path $core
Add-Type -Path $cmdlets

$compiled = Add-Type -PassThru -IgnoreWarnings -ReferencedAssemblies $core, $cmdlets, 'netstandard', 'System.Text.Json', 'System.Memory', 'System.Runtime', 'System.Collections', 'System.Linq', 'System.Management.Automation' -TypeDefinition @'
using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.StructuredOutput;

public static class SchemaValidationMeasure
{
    const string Schema = @"{""type"":""object"",""properties"":{
        ""category"":{""type"":""string"",""enum"":[""billing"",""bug"",""feature"",""account"",""other""]},
        ""priority"":{""type"":""integer"",""minimum"":1,""maximum"":5},
        ""summary"":{""type"":""string"",""maxLength"":200},
        ""customer"":{""type"":[""string"",""null""]},
        ""sentiment"":{""type"":""string"",""enum"":[""negative"",""neutral"",""positive""]},
        ""tags"":{""type"":""array"",""items"":{""type"":""string""},""maxItems"":5},
        ""product"":{""type"":""object"",""properties"":{""name"":{""type"":""string""},""version"":{""type"":[""string"",""null""]}},""required"":[""name"",""version""],""additionalProperties"":false}},
      ""required"":[""category"",""priority"",""summary"",""customer"",""sentiment"",""tags"",""product""],""additionalProperties"":false}";

    public static double[] Run(int rows, int rounds)
    {
        // The module's JSON-to-PowerShell conversion is internal to BedrockPS.dll: reached through a delegate.
        var convertData = (Func<JsonElement, object>)Delegate.CreateDelegate(typeof(Func<JsonElement, object>),
            Type.GetType("BedrockPS.Conversion.JsonToPowerShell, BedrockPS", throwOnError: true)
                .GetMethod("ConvertData", new[] { typeof(JsonElement) }));
        var validator = JsonSchemaValidator.Compile(JsonDocument.Parse(Schema).RootElement);
        string[] answers = Enumerable.Range(0, rows).Select(i =>
            "{\"category\":\"bug\",\"priority\":" + (1 + i % 5) + ",\"summary\":\"Row " + i + ": the export button does nothing after the last update.\","
            + "\"customer\":" + (i % 3 == 0 ? "null" : "\"Customer " + i + "\"") + ",\"sentiment\":\"negative\",\"tags\":[\"export\",\"ui\"],"
            + "\"product\":{\"name\":\"Reports\",\"version\":\"4.2\"}}").ToArray();
        var parse = new Stopwatch(); var validate = new Stopwatch(); var convert = new Stopwatch(); var baseline = new Stopwatch();
        var medians = new double[4];
        var perRound = new double[4][];
        for (int k = 0; k < 4; k++) perRound[k] = new double[rounds];
        for (int round = -3; round < rounds; round++)
        {
            parse.Reset(); validate.Reset(); convert.Reset(); baseline.Reset();
            foreach (string text in answers)
            {
                // Same-run yardstick: what any JSON client pays to read the answer once with System.Text.Json.
                baseline.Start();
                JsonDocument.Parse(text).Dispose();
                baseline.Stop();
                parse.Start();
                StructuredAnswer.TryParse(text, out JsonElement value, out JsonSchemaFinding problem);
                parse.Stop();
                validate.Start();
                if (validator.Validate(value).Count != 0) throw new InvalidOperationException("a row did not validate");
                validate.Stop();
                convert.Start();
                convertData(value);
                convert.Stop();
            }
            if (round < 0) continue;
            perRound[0][round] = parse.Elapsed.TotalMilliseconds * 1000 / rows;
            perRound[1][round] = validate.Elapsed.TotalMilliseconds * 1000 / rows;
            perRound[2][round] = convert.Elapsed.TotalMilliseconds * 1000 / rows;
            perRound[3][round] = baseline.Elapsed.TotalMilliseconds * 1000 / rows;
        }
        for (int k = 0; k < 4; k++) { Array.Sort(perRound[k]); medians[k] = perRound[k][rounds / 2]; }
        return medians;
    }
}
'@

$m = [SchemaValidationMeasure]::Run($Rows, $Rounds)
[pscustomobject]@{
    ParseUsPerRow    = [math]::Round($m[0], 2)
    ValidateUsPerRow = [math]::Round($m[1], 2)
    ConvertUsPerRow  = [math]::Round($m[2], 2)
    TotalUsPerRow    = [math]::Round($m[0] + $m[1] + $m[2], 2)
    JsonParseUs      = [math]::Round($m[3], 2)
    TotalVsJsonParse = '{0:N1}x' -f (($m[0] + $m[1] + $m[2]) / $m[3])
    Rows             = $Rows
    Rounds           = $Rounds
}
