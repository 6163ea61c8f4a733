using System.Text.Json;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    public class StructuredAnswerTests
    {
        [Theory]
        [InlineData("{\"a\":1}")]
        [InlineData("  \n{\"a\":1}\n\n")]
        [InlineData("```json\n{\"a\":1}\n```")]
        [InlineData("```JSON\r\n{\"a\":1}\r\n```\n")]
        [InlineData("```\n{\"a\":1}\n```")]
        public void The_json_is_read_from_the_whole_answer_with_or_without_a_fence(string answer)
        {
            Assert.True(StructuredAnswer.TryParse(answer, out JsonElement value, out JsonSchemaFinding? problem));
            Assert.Null(problem);
            Assert.Equal(1, value.GetProperty("a").GetInt32());
        }

        [Theory]
        [InlineData("Here you go: {\"a\":1}", "not valid JSON")]
        [InlineData("{\"a\":1", "not valid JSON")]
        [InlineData("{\"a\":1} {\"b\":2}", "not valid JSON")]
        [InlineData("{\"a\":1}\nI hope this helps!", "not valid JSON")]
        [InlineData("```python\n{\"a\":1}\n```", "not valid JSON")]
        [InlineData("   ", "empty")]
        [InlineData(null, "empty")]
        public void Other_text_is_a_parse_finding_not_a_guess(string? answer, string expected)
        {
            Assert.False(StructuredAnswer.TryParse(answer, out _, out JsonSchemaFinding? problem));
            Assert.Equal("", problem!.Path);
            Assert.Contains(expected, problem.Message);
        }

        [Fact]
        public void The_repair_instruction_lists_the_findings()
        {
            string text = StructuredAnswer.RepairInstruction(new[] { new JsonSchemaFinding("/priority", "9 is greater than the maximum 5.") });
            Assert.Contains("- /priority: 9 is greater than the maximum 5.", text);
            Assert.EndsWith("Answer again with only the corrected JSON, matching the schema exactly.", text);
        }
    }
}
