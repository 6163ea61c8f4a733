using System.Text.Json;

namespace BedrockPS.Core.Tests.StructuredOutput
{
    /// <summary>Parses test JSON written with single quotes (easier to read inside C# strings).</summary>
    internal static class SchemaJson
    {
        public static JsonElement Parse(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json.Replace('\'', '"'));
            return document.RootElement.Clone();
        }

        /// <summary>A support-ticket schema like the README's example: category, priority, summary, tags.</summary>
        public const string Ticket = @"{
            'type': 'object',
            'properties': {
                'category': { 'type': 'string', 'enum': ['billing', 'bug', 'feature', 'other'] },
                'priority': { 'type': 'integer', 'minimum': 1, 'maximum': 5 },
                'summary': { 'type': 'string', 'maxLength': 120 },
                'customer': { 'type': ['string', 'null'] },
                'tags': { 'type': 'array', 'items': { 'type': 'string' }, 'maxItems': 5 }
            },
            'required': ['category', 'priority', 'summary', 'customer', 'tags'],
            'additionalProperties': false
        }";
    }
}
