using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>
    /// Reads and checks the members of the inference-profile and tagging requests against the service model's
    /// constraints, collecting violations into the service's "N validation errors detected" message.
    /// </summary>
    internal sealed class ControlPlaneInput
    {
        private static readonly Regex TagText = new Regex(@"^[a-zA-Z0-9\s._:/=+@-]*$");
        private readonly List<string> _violations = new List<string>();

        public void Fail(string violation) => _violations.Add(violation);

        /// <summary>Throws the collected violations, if any.</summary>
        public void ThrowIfInvalid()
        {
            if (_violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(_violations);
            }
        }

        /// <summary>A string member with a length range and a full-match pattern; null when absent and not required.</summary>
        public string? Text(JsonObject body, string member, string path, int min, int max, Regex? pattern, bool required)
        {
            JsonNode? node = body[member];
            if (node == null)
            {
                if (required)
                {
                    Fail("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
                }
                return null;
            }
            if (!(node is JsonValue value) || !value.TryGetValue(out string? text) || text == null)
            {
                Fail("Value at '" + path + "' failed to satisfy constraint: Member must be a string");
                return null;
            }
            if (text.Length < min || text.Length > max)
            {
                Fail("Value '" + text + "' at '" + path + "' failed to satisfy constraint: Member must have length "
                    + (text.Length < min ? "greater than or equal to " + min : "less than or equal to " + max));
            }
            else if (pattern != null && !pattern.IsMatch(text))
            {
                Fail("Value '" + text + "' at '" + path + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + pattern.ToString().TrimStart('^').TrimEnd('$'));
            }
            return text;
        }

        /// <summary>A TagList: [{key, value}], at most 200 entries, keys 1-128 and values 0-256 characters.</summary>
        public List<KeyValuePair<string, string>> Tags(JsonObject body, string member, bool required)
        {
            var tags = new List<KeyValuePair<string, string>>();
            JsonNode? node = body[member];
            if (node == null)
            {
                if (required)
                {
                    Fail("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
                }
                return tags;
            }
            if (!(node is JsonArray array))
            {
                Fail("Value at '" + member + "' failed to satisfy constraint: Member must be a list");
                return tags;
            }
            if (array.Count > 200)
            {
                Fail("Value at '" + member + "' failed to satisfy constraint: Member must have length less than or equal to 200");
            }
            for (int i = 0; i < array.Count; i++)
            {
                string path = member + "." + (i + 1);
                if (!(array[i] is JsonObject tag))
                {
                    Fail("Value at '" + path + "' failed to satisfy constraint: Member must be a structure");
                    continue;
                }
                string? key = Text(tag, "key", path + ".member.key", 1, 128, TagText, required: true);
                string? value = Text(tag, "value", path + ".member.value", 0, 256, TagText, required: true);
                if (key != null && value != null)
                {
                    tags.Add(new KeyValuePair<string, string>(key, value));
                }
            }
            return tags;
        }
    }
}
