using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.StructuredOutput;
using CsCheck;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    /// <summary>
    /// Generated schemas of the structured-output kind, each with a generator of answers that fit it: every such
    /// answer validates, the policy accepts the schema, and breaking an answer is always caught.
    /// </summary>
    public class GeneratedSchemaProperties
    {
        /// <summary>A schema (JSON text) and a generator of JSON texts that satisfy it.</summary>
        private sealed class SchemaCase
        {
            public SchemaCase(string schema, Gen<string> answers)
            {
                Schema = schema;
                Answers = answers;
            }

            public string Schema { get; }

            public Gen<string> Answers { get; }
        }

        private static string Quote(string text) => JsonSerializer.Serialize(text);

        private static readonly Gen<string> Words = Gen.String["abcdefghijklmnopqrstuvwxyz _-é\"\\/"];

        private static readonly Gen<string> Names = Gen.Char["abcdefghij_"].Array[1, 8].Select(chars => new string(chars));

        private static Gen<SchemaCase> Leaf() => Gen.OneOf(
            Gen.Const(new SchemaCase("{\"type\":\"string\"}", Words.Select(Quote))),
            Names.Array[1, 5].Select(values =>
            {
                string[] distinct = values.Distinct().ToArray();
                return new SchemaCase("{\"type\":\"string\",\"enum\":[" + string.Join(",", distinct.Select(Quote)) + "]}", Gen.OneOf(distinct).Select(Quote));
            }),
            Gen.Select(Gen.Int[-1000, 1000], Gen.Int[0, 100], (low, width) =>
                new SchemaCase("{\"type\":\"integer\",\"minimum\":" + low + ",\"maximum\":" + (low + width) + "}",
                    Gen.Int[low, low + width].Select(v => v.ToString(CultureInfo.InvariantCulture)))),
            Gen.Const(new SchemaCase("{\"type\":\"number\"}", Gen.Double[-1e9, 1e9].Select(v => v.ToString("R", CultureInfo.InvariantCulture)))),
            Gen.Const(new SchemaCase("{\"type\":\"boolean\"}", Gen.Bool.Select(b => b ? "true" : "false"))),
            Gen.Const(new SchemaCase("{\"type\":[\"string\",\"null\"]}", Gen.OneOf(Gen.Const("null"), Words.Select(Quote)))),
            Gen.Int[1, 20].Select(max => new SchemaCase("{\"type\":\"string\",\"maxLength\":" + max + "}", Gen.Char["xyz"].Array[0, max].Select(chars => new string(chars)).Select(Quote))));

        private static Gen<SchemaCase> Case(int depth)
        {
            if (depth == 0) return Leaf();
            return Gen.Frequency(
                (2, Leaf()),
                (2, ObjectCase(depth)),
                (1, Case(depth - 1).SelectMany(item => Gen.Int[0, 2].Select(least => new SchemaCase(
                    "{\"type\":\"array\",\"items\":" + item.Schema + ",\"minItems\":" + least + "}",
                    Gen.Int[least, least + 3].SelectMany(count => Sequence(Enumerable.Repeat(item.Answers, count).ToList()))
                        .Select(items => "[" + string.Join(",", items) + "]"))))));
        }

        private static Gen<SchemaCase> ObjectCase(int depth) =>
            Names.Array[0, 4].SelectMany(names =>
            {
                string[] distinct = names.Distinct().ToArray();
                return Sequence(distinct.Select(_ => Case(depth - 1)).ToList()).Select(children =>
                {
                    string schema = "{\"type\":\"object\",\"properties\":{"
                        + string.Join(",", distinct.Select((n, i) => Quote(n) + ":" + children[i].Schema))
                        + "},\"required\":[" + string.Join(",", distinct.Select(Quote)) + "],\"additionalProperties\":false}";
                    Gen<string> answers = Sequence(children.Select(c => c.Answers).ToList())
                        .Select(values => "{" + string.Join(",", distinct.Select((n, i) => Quote(n) + ":" + values[i])) + "}");
                    return new SchemaCase(schema, answers);
                });
            });

        private static Gen<List<T>> Sequence<T>(List<Gen<T>> gens)
        {
            Gen<List<T>> all = Gen.Const(new List<T>());
            foreach (Gen<T> gen in gens)
            {
                all = all.SelectMany(list => gen.Select(item => new List<T>(list) { item }));
            }
            return all;
        }

        private static readonly Gen<(string Schema, string Answer)> Pairs =
            ObjectCase(3).SelectMany(c => c.Answers.Select(answer => (c.Schema, answer)));

        [Fact]
        public void Every_generated_answer_validates_against_its_schema()
        {
            Pairs.Sample((schema, answer) =>
            {
                var validator = JsonSchemaValidator.Compile(SchemaJson.Parse(schema));
                IReadOnlyList<JsonSchemaFinding> findings = validator.Validate(SchemaJson.Parse(answer));
                return findings.Count == 0;
            }, iter: 500);
        }

        [Fact]
        public void Every_generated_schema_is_accepted_and_its_service_form_admits_the_same_answers()
        {
            Pairs.Sample((schema, answer) =>
            {
                JsonElement original = SchemaJson.Parse(schema);
                if (JsonSchemaPolicy.Bedrock.FindProblems(original).Count > 0) return false;
                JsonElement sent = JsonSchemaPolicy.Bedrock.PrepareForService(original);
                return JsonSchemaPolicy.Bedrock.FindProblems(sent).Count == 0
                    && JsonSchemaValidator.Compile(sent).IsValid(SchemaJson.Parse(answer));
            }, iter: 300);
        }

        [Fact]
        public void An_extra_property_in_a_valid_answer_is_always_caught()
        {
            Pairs.Sample((schema, answer) =>
            {
                string broken = answer == "{}" ? "{\"zz_extra\":1}" : "{\"zz_extra\":1," + answer.Substring(1);
                var findings = JsonSchemaValidator.Compile(SchemaJson.Parse(schema)).Validate(SchemaJson.Parse(broken));
                return findings.Any(f => f.Path == "/zz_extra");
            }, iter: 300);
        }
    }
}
