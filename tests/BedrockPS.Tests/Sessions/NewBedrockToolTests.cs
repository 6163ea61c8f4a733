using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Sessions
{
    /// <summary>Tool schemas derived from PowerShell commands, and tools described by hand.</summary>
    public class NewBedrockToolTests
    {
        private const string Function = @"
function Set-Thermostat.Value {
    <#
    .SYNOPSIS
    Sets the thermostat of a room.
    .DESCRIPTION
    Longer text that is not the synopsis.
    .PARAMETER Room
    Which room to heat.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][ValidateSet('Kitchen','Bedroom')][string]$Room,
        [Parameter(Mandatory, HelpMessage = 'Degrees Celsius')][ValidateRange(5, 30)][double]$Temperature,
        [int[]]$Days,
        [switch]$Boost,
        [hashtable]$Options,
        [datetime]$Until,
        [System.DayOfWeek]$Weekday,
        [ValidateCount(1, 3)][string[]]$Tags,
        $Anything
    )
}
function Plain($a, $b) { }
";

        private static JsonElement SchemaOf(ToolDefinition tool) => JsonDocument.Parse(tool.InputSchema).RootElement;

        [Fact]
        public void Schema_comes_from_parameters_types_validation_and_help()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();
            Assert.Null(powerShell.Run(Function).Terminating);

            var tool = powerShell.Run("New-BedrockTool -Command Set-Thermostat.Value").Single<ToolDefinition>();

            Assert.Equal("Set-Thermostat_Value", tool.Name);
            Assert.Equal("Sets the thermostat of a room.", tool.Description);
            Assert.Equal("Set-Thermostat.Value", tool.CommandName);
            JsonElement schema = SchemaOf(tool);
            Assert.Equal("object", schema.GetProperty("type").GetString());
            JsonElement properties = schema.GetProperty("properties");
            Assert.Equal(new[] { "Room", "Temperature", "Days", "Boost", "Options", "Until", "Weekday", "Tags", "Anything" },
                properties.EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "Room", "Temperature" }, schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));

            Assert.Equal("string", properties.GetProperty("Room").GetProperty("type").GetString());
            Assert.Equal(new[] { "Kitchen", "Bedroom" }, properties.GetProperty("Room").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("Which room to heat.", properties.GetProperty("Room").GetProperty("description").GetString());

            Assert.Equal("number", properties.GetProperty("Temperature").GetProperty("type").GetString());
            Assert.Equal(5, properties.GetProperty("Temperature").GetProperty("minimum").GetDouble());
            Assert.Equal(30, properties.GetProperty("Temperature").GetProperty("maximum").GetDouble());
            Assert.Equal("Degrees Celsius", properties.GetProperty("Temperature").GetProperty("description").GetString());

            Assert.Equal("array", properties.GetProperty("Days").GetProperty("type").GetString());
            Assert.Equal("integer", properties.GetProperty("Days").GetProperty("items").GetProperty("type").GetString());
            Assert.Equal("boolean", properties.GetProperty("Boost").GetProperty("type").GetString());
            Assert.Equal("object", properties.GetProperty("Options").GetProperty("type").GetString());
            Assert.Equal("date-time", properties.GetProperty("Until").GetProperty("format").GetString());
            Assert.Contains("Wednesday", properties.GetProperty("Weekday").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(3, properties.GetProperty("Tags").GetProperty("maxItems").GetInt32());
            Assert.False(properties.GetProperty("Anything").TryGetProperty("type", out _));

            foreach (string common in new[] { "Verbose", "ErrorAction", "WhatIf", "Confirm", "OutVariable" })
            {
                Assert.False(properties.TryGetProperty(common, out _), common + " should be left out");
            }
        }

        [Fact]
        public void A_command_without_help_still_makes_a_tool()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();
            Assert.Null(powerShell.Run(Function).Terminating);

            var tool = powerShell.Run("Get-Command Plain | New-BedrockTool").Single<ToolDefinition>();

            Assert.Equal("Plain", tool.Name);
            Assert.Equal("Runs the PowerShell command Plain.", tool.Description);
            Assert.False(SchemaOf(tool).TryGetProperty("required", out _));
            Assert.Equal(2, SchemaOf(tool).GetProperty("properties").EnumerateObject().Count());
        }

        [Fact]
        public void A_cmdlet_can_be_a_tool_and_its_name_and_description_can_be_overridden()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var tool = powerShell.Run("New-BedrockTool -Command Get-Date -Name now -Description 'Current time'").Single<ToolDefinition>();

            Assert.Equal("now", tool.Name);
            Assert.Equal("Current time", tool.Description);
            Assert.Equal("Get-Date", tool.CommandName);
            Assert.True(SchemaOf(tool).GetProperty("properties").TryGetProperty("Format", out _));
        }

        [Fact]
        public void A_tool_can_be_described_by_a_hashtable_or_json_schema()
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var fromHashtable = powerShell.Run("New-BedrockTool -Name lookup -Description 'Find a word' -InputSchema @{ type = 'object'; properties = @{ word = @{ type = 'string' } }; required = @('word') }").Single<ToolDefinition>();
            var fromJson = powerShell.Run("New-BedrockTool lookup 'Find a word' '{\"type\":\"object\",\"properties\":{\"word\":{\"type\":\"string\"}},\"required\":[\"word\"]}'").Single<ToolDefinition>();

            Assert.Equal("word", SchemaOf(fromHashtable).GetProperty("required")[0].GetString());
            Assert.Equal("string", SchemaOf(fromJson).GetProperty("properties").GetProperty("word").GetProperty("type").GetString());
            Assert.Null(fromJson.CommandName);
        }

        [Theory]
        [InlineData("New-BedrockTool -Name 'bad name' -Description d -InputSchema @{ type = 'object' }", "BedrockPS.InvalidInput")]
        [InlineData("New-BedrockTool -Name ok -Description d -InputSchema '{not json'", "BedrockPS.InvalidInput")]
        [InlineData("New-BedrockTool -Name ok -Description d -InputSchema '[1,2]'", "BedrockPS.InvalidInput")]
        [InlineData("New-BedrockTool -Command No-SuchCommand", "BedrockPS.CommandNotFound")]
        public void Bad_tool_definitions_are_refused(string script, string errorId)
        {
            using var powerShell = CmdletRunspace.WithoutEmulator();

            var result = powerShell.Run("try { " + script + " } catch { $_ }");

            var record = result.Single<ErrorRecord>();
            Assert.StartsWith(errorId + ",", record.FullyQualifiedErrorId);
        }
    }
}
