using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>Well-formed JSON of the wrong shape, for properties about how readers refuse it.</summary>
    internal static class JsonValueReplacer
    {
        /// <summary>Replaces one value anywhere in the document by a value of another kind (well-formed JSON, wrong shape).</summary>
        public static byte[] ReplaceAValue(byte[] file, int where, byte value)
        {
            JsonNode root = JsonNode.Parse(file)!;
            var slots = new List<(JsonNode Parent, object Key)>();
            void Walk(JsonNode? node)
            {
                if (node is JsonObject obj)
                {
                    foreach (var member in obj.ToList())
                    {
                        slots.Add((obj, member.Key));
                        Walk(member.Value);
                    }
                }
                else if (node is JsonArray array)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        slots.Add((array, i));
                        Walk(array[i]);
                    }
                }
            }
            Walk(root);
            JsonNode?[] replacements = { null, 42, -1.5e300, "text", true, new JsonArray(), new JsonObject(), long.MaxValue };
            JsonNode? replacement = replacements[value % replacements.Length];
            var (parent, key) = slots[where % slots.Count];
            if (key is string name)
            {
                parent.AsObject()[name] = replacement;
            }
            else
            {
                parent.AsArray()[(int)key] = replacement;
            }
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        }
    }
}
