using System.Linq;
using System.Management.Automation;
using System.Reflection;
using BedrockPS.Conversion;
using Xunit;

namespace BedrockPS.Tests.Conversion
{
    /// <summary>
    /// Objects the module builds from JSON keep their members themselves on PowerShell 7, instead of in PowerShell's
    /// process-wide resurrection table, and behave as any PSCustomObject does.
    /// </summary>
    public class PropertyBagTests
    {
        /// <summary>Asks PowerShell's own table (a ConditionalWeakTable) whether it holds members for the object.</summary>
        private static bool InResurrectionTable(PSObject value)
        {
            var field = typeof(PSObject).GetField("s_instanceMembersResurrectionTable", BindingFlags.NonPublic | BindingFlags.Static);
            Assert.True(field != null, "PowerShell no longer has the resurrection table this test looks into; see PropertyBag.");
            object table = field!.GetValue(null)!;
            var tryGetValue = table.GetType().GetMethod("TryGetValue")!;
            var arguments = new object?[] { value, null };
            return (bool)tryGetValue.Invoke(table, arguments)!;
        }

        [Fact]
        public void Objects_read_from_json_keep_their_members_outside_the_resurrection_table()
        {
            var control = new PSObject();
            control.Properties.Add(new PSNoteProperty("Id", 1));

            var row = (PSObject)JsonToPowerShell.Parse("{\"Id\":1,\"Prompt\":\"hello\",\"Inner\":{\"A\":true}}")!;

            Assert.True(PropertyBag.HasOwnMembers);
            Assert.True(InResurrectionTable(control), "new PSObject() files its members in the table: the check below would see it.");
            Assert.False(InResurrectionTable(row));
            Assert.False(InResurrectionTable((PSObject)row.Properties["Inner"].Value));
        }

        [Fact]
        public void Objects_read_from_json_behave_as_custom_objects_in_the_engine()
        {
            var row = JsonToPowerShell.Parse("{\"Id\":7,\"Prompt\":\"hello\",\"Id\":8}");
            using var powerShell = PowerShell.Create();
            powerShell.AddScript(
                "param($row) $row | Add-Member -NotePropertyName Extra -NotePropertyValue 5; "
                + "$row.Prompt = 'changed'; "
                + "[pscustomobject]@{ Names = ($row.psobject.Properties.Name -join ','); Json = ($row | ConvertTo-Json -Compress); "
                + "Selected = ($row | Select-Object Id, Extra | ConvertTo-Json -Compress); IsCustom = $row -is [System.Management.Automation.PSCustomObject] }")
                .AddArgument(row);

            var result = powerShell.Invoke().Single();
            object? Value(string name) => PSObject.AsPSObject(result.Properties[name].Value).BaseObject;

            Assert.False(powerShell.HadErrors);
            Assert.Equal("Prompt,Id,Extra", Value("Names"));
            Assert.Equal("{\"Prompt\":\"changed\",\"Id\":8,\"Extra\":5}", Value("Json"));
            Assert.Equal("{\"Id\":8,\"Extra\":5}", Value("Selected"));
            Assert.Equal(true, Value("IsCustom"));
        }
    }
}
