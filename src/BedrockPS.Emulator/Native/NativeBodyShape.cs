using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Native
{
    /// <summary>
    /// The JSON schema a model family's native body is checked against before the model sees it, reduced to what the
    /// service reports: unknown members ("#: extraneous key [foo] is not permitted"), missing required ones
    /// ("#: required key [x] not found"), wrong JSON types and numbers out of range ("#/temperature: 5 is not less or
    /// equal to 1"). Several findings are concatenated as the service reports them ("#: required key [prompt] not
    /// found#: extraneous key [messages] is not permitted"): required keys, then unknown keys, then member checks.
    /// </summary>
    internal sealed class NativeBodyShape
    {
        private readonly Dictionary<string, Member> _members = new Dictionary<string, Member>(System.StringComparer.Ordinal);
        private readonly List<string> _required = new List<string>();

        public NativeBodyShape Required(string name, string kind, double? min = null, double? max = null, NativeBodyShape? shape = null)
        {
            _required.Add(name);
            return Optional(name, kind, min, max, shape);
        }

        /// <param name="name">The body member's name.</param>
        /// <param name="kind">String, Integer, Number, Boolean, JSONArray, JSONObject, or Any.</param>
        /// <param name="min">The smallest number allowed, if any.</param>
        /// <param name="max">The largest number allowed, if any.</param>
        /// <param name="shape">For JSONObject, the object's own shape; for JSONArray, the shape of each object item.</param>
        public NativeBodyShape Optional(string name, string kind, double? min = null, double? max = null, NativeBodyShape? shape = null)
        {
            _members[name] = new Member(kind, min, max, shape);
            return this;
        }

        /// <summary>Throws the service's "Malformed input request" ValidationException when the body breaks the shape.</summary>
        public void Check(JsonObject body)
        {
            var findings = new List<string>();
            Check(body, "#", findings);
            if (findings.Count > 0)
            {
                throw NativeInput.Malformed(string.Concat(findings));
            }
        }

        private void Check(JsonObject node, string path, List<string> findings)
        {
            foreach (string name in _required.Where(r => node[r] == null))
            {
                findings.Add(path + ": required key [" + name + "] not found");
            }
            foreach (var entry in node.Where(e => !_members.ContainsKey(e.Key)))
            {
                findings.Add(path + ": extraneous key [" + entry.Key + "] is not permitted");
            }
            foreach (var entry in node)
            {
                if (entry.Value != null && _members.TryGetValue(entry.Key, out Member? member))
                {
                    member.Check(entry.Value, path + "/" + entry.Key, findings);
                }
            }
        }

        private sealed class Member
        {
            private readonly string _kind;
            private readonly double? _min;
            private readonly double? _max;
            private readonly NativeBodyShape? _shape;

            public Member(string kind, double? min, double? max, NativeBodyShape? shape)
            {
                _kind = kind;
                _min = min;
                _max = max;
                _shape = shape;
            }

            public void Check(JsonNode value, string path, List<string> findings)
            {
                string found = KindOf(value);
                bool integerOk = _kind == "Integer" && found == "Number" && value is JsonValue v && v.TryGetValue(out double d) && d == System.Math.Floor(d);
                if (_kind != "Any" && _kind != found && !integerOk && !(_kind == "Number" && found == "Integer"))
                {
                    findings.Add(path + ": expected type: " + _kind + ", found: " + found);
                    return;
                }
                if (value is JsonValue number && number.TryGetValue(out double n))
                {
                    string text = number.ToJsonString();
                    if (_min.HasValue && n < _min.Value)
                    {
                        findings.Add(path + ": " + text + " is not greater or equal to " + Format(_min.Value));
                    }
                    if (_max.HasValue && n > _max.Value)
                    {
                        findings.Add(path + ": " + text + " is not less or equal to " + Format(_max.Value));
                    }
                }
                if (_shape != null && value is JsonObject obj)
                {
                    _shape.Check(obj, path, findings);
                }
                if (_shape != null && value is JsonArray array)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonObject item)
                        {
                            _shape.Check(item, path + "/" + i.ToString(CultureInfo.InvariantCulture), findings);
                        }
                    }
                }
            }

            private static string Format(double value) => value.ToString("0.########", CultureInfo.InvariantCulture);
        }

        private static string KindOf(JsonNode node)
        {
            switch (node)
            {
                case JsonObject _: return "JSONObject";
                case JsonArray _: return "JSONArray";
            }
            switch (node.GetValueKind())
            {
                case System.Text.Json.JsonValueKind.String: return "String";
                case System.Text.Json.JsonValueKind.Number:
                    return node is JsonValue v && v.TryGetValue(out double d) && d == System.Math.Floor(d) && !v.ToJsonString().Contains(".") ? "Integer" : "Number";
                case System.Text.Json.JsonValueKind.True:
                case System.Text.Json.JsonValueKind.False: return "Boolean";
                default: return "Null";
            }
        }
    }
}
