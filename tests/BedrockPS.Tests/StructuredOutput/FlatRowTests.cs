using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using BedrockPS.StructuredOutput;
using Xunit;

namespace BedrockPS.Tests.StructuredOutput
{
    public sealed class FlatRowTests : IDisposable
    {
        private readonly ClassEngine engine = new ClassEngine();

        public void Dispose() => engine.Dispose();

        private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.Clone();

        private static string[] Names(PSObject row) => row.Properties.Select(p => p.Name).ToArray();

        [Fact]
        public void A_csv_row_keeps_its_columns_first_then_the_data_with_nested_values_as_compact_json()
        {
            PSObject input = engine.Run("'Id,Message,Priority\n7,Printer is on fire,low' | ConvertFrom-Csv")[0];
            PSObject row = FlatRow.Build(input, Data("{ \"category\": \"bug\", \"priority\": 5, \"score\": 0.25, \"tags\": [ \"hw\", \"fire\" ], \"who\": { \"team\": \"ops\" }, \"note\": null }"));

            Assert.Equal(new[] { "Id", "Message", "Priority", "category", "Data_priority", "score", "tags", "who", "note" }, Names(row));
            Assert.Equal("7", row.Properties["Id"].Value);
            Assert.Equal("low", row.Properties["Priority"].Value);
            Assert.Equal(5, row.Properties["Data_priority"].Value);
            Assert.Equal(0.25m, row.Properties["score"].Value);
            Assert.Equal("[\"hw\",\"fire\"]", row.Properties["tags"].Value);
            Assert.Equal("{\"team\":\"ops\"}", row.Properties["who"].Value);
            Assert.Null(row.Properties["note"].Value);
        }

        [Fact]
        public void A_flat_row_exports_to_csv_as_one_table_row()
        {
            PSObject input = engine.Run("'Id,Message\n1,Où est ma facture ?' | ConvertFrom-Csv")[0];
            PSObject row = FlatRow.Build(input, Data("{\"category\":\"billing\",\"lines\":[{\"n\":1}]}"));
            engine.Runspace.SessionStateProxy.SetVariable("row", row);
            string[] csv = engine.Run("$row | ConvertTo-Csv -NoTypeInformation").Select(o => (string)o.BaseObject).ToArray();
            Assert.Equal("\"Id\",\"Message\",\"category\",\"lines\"", csv[0]);
            Assert.Equal("\"1\",\"Où est ma facture ?\",\"billing\",\"[{\"\"n\"\":1}]\"", csv[1]);
        }

        [Fact]
        public void A_prompt_string_becomes_the_Message_column()
        {
            PSObject row = FlatRow.Build("Classify this", Data("{\"message\":\"echo\",\"ok\":true}"));
            Assert.Equal(new[] { "Message", "Data_message", "ok" }, Names(row));
            Assert.Equal("Classify this", row.Properties["Message"].Value);
            Assert.Equal(true, row.Properties["ok"].Value);
        }

        [Fact]
        public void A_hashtable_gives_its_keys_and_a_taken_Data_name_gets_a_number()
        {
            var input = new OrderedDictionary { ["Region"] = "eu", ["Data_region"] = "x" };
            PSObject row = FlatRow.Build(input, Data("{\"region\":\"EU-West\"}"));
            Assert.Equal(new[] { "Region", "Data_region", "Data_region_2" }, Names(row));
            Assert.Equal("EU-West", row.Properties["Data_region_2"].Value);
            Assert.Equal("eu", row.Properties["Region"].Value);
        }

        [Fact]
        public void An_answer_that_is_not_an_object_goes_into_a_Data_column()
        {
            PSObject row = FlatRow.Build(new Hashtable { ["Data"] = 1 }, Data("[1,2]"));
            Assert.Equal("[1,2]", row.Properties["Data_Data"].Value);
        }
    }
}
