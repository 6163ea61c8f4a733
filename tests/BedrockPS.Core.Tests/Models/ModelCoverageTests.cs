using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using BedrockPS.Core.Models;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.Models
{
    /// <summary>
    /// Walks the service models from each operation's shapes and checks that every member has a typed property
    /// of a compatible kind in the C# models, all the way down (documents end the walk as JsonElement).
    /// </summary>
    public sealed class ModelCoverageTests
    {
        public static IEnumerable<object[]> Roots() => new[]
        {
            new object[] { "runtime", "ConverseRequest", typeof(ConverseRequest) },
            new object[] { "runtime", "ConverseStreamRequest", typeof(ConverseRequest) },
            new object[] { "runtime", "ConverseResponse", typeof(ConverseResponse) },
            new object[] { "runtime", "MessageStartEvent", typeof(MessageStartEvent) },
            new object[] { "runtime", "ContentBlockStartEvent", typeof(ContentBlockStartEvent) },
            new object[] { "runtime", "ContentBlockDeltaEvent", typeof(ContentBlockDeltaEvent) },
            new object[] { "runtime", "ContentBlockStopEvent", typeof(ContentBlockStopEvent) },
            new object[] { "runtime", "MessageStopEvent", typeof(MessageStopEvent) },
            new object[] { "runtime", "ConverseStreamMetadataEvent", typeof(ConverseStreamMetadataEvent) },
            new object[] { "runtime", "InvokeModelRequest", typeof(InvokeModelRequest) },
            new object[] { "runtime", "InvokeModelWithResponseStreamRequest", typeof(InvokeModelRequest) },
            new object[] { "runtime", "InvokeModelResponse", typeof(InvokeModelResponse) },
            new object[] { "runtime", "PayloadPart", typeof(ResponseStreamChunk) },
            new object[] { "runtime", "CountTokensRequest", typeof(CountTokensRequest) },
            new object[] { "runtime", "CountTokensResponse", typeof(CountTokensResponse) },
            new object[] { "runtime", "ApplyGuardrailRequest", typeof(ApplyGuardrailRequest) },
            new object[] { "runtime", "ApplyGuardrailResponse", typeof(ApplyGuardrailResponse) },
            new object[] { "control", "ListFoundationModelsRequest", typeof(FoundationModelFilter) },
            new object[] { "control", "FoundationModelDetails", typeof(FoundationModelSummary) },
            new object[] { "control", "FoundationModelSummary", typeof(FoundationModelSummary) },
            new object[] { "control", "InferenceProfileSummary", typeof(InferenceProfileSummary) },
            new object[] { "control", "GetInferenceProfileResponse", typeof(InferenceProfileSummary) },
        };

        [Theory]
        [MemberData(nameof(Roots))]
        public void Every_member_of_the_service_shape_has_a_typed_property(string service, string shapeName, Type type)
        {
            var file = service == "runtime" ? "botocore-bedrock-runtime-2023-09-30-service-2.json" : "botocore-bedrock-2023-04-20-service-2.json";
            using var model = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("botocore-models", file)));
            var shapes = model.RootElement.GetProperty("shapes");
            var missing = new List<string>();
            Walk(shapes, shapeName, type, shapeName, missing, new HashSet<string>());
            Assert.True(missing.Count == 0, "Missing or mistyped:\n" + string.Join("\n", missing));
        }

        private static void Walk(JsonElement shapes, string shapeName, Type type, string path, List<string> missing, HashSet<string> visited)
        {
            if (!visited.Add(shapeName + "->" + type.FullName))
            {
                return;
            }
            var shape = shapes.GetProperty(shapeName);
            if (!shape.TryGetProperty("members", out var members))
            {
                return;
            }
            foreach (var member in members.EnumerateObject())
            {
                var property = FindProperty(type, member.Name, member.Value);
                if (property == null)
                {
                    bool uriBound = member.Value.TryGetProperty("location", out var location) && location.GetString() == "uri";
                    if (!uriBound)
                    {
                        missing.Add($"{path}.{member.Name} (no property on {type.Name})");
                    }
                    continue;
                }
                CheckMember(shapes, member.Value.GetProperty("shape").GetString()!, property.PropertyType, $"{path}.{member.Name}", missing, visited);
            }
        }

        private static void CheckMember(JsonElement shapes, string memberShape, Type propertyType, string path, List<string> missing, HashSet<string> visited)
        {
            var target = shapes.GetProperty(memberShape);
            var kind = target.GetProperty("type").GetString();
            var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
            if (type == typeof(JsonElement))
            {
                return; // a document (or a deliberately raw subtree): kept losslessly as JSON
            }
            switch (kind)
            {
                case "structure":
                    if (target.TryGetProperty("document", out var isDocument) && isDocument.GetBoolean())
                    {
                        missing.Add($"{path}: document should be JsonElement, is {type.Name}");
                        return;
                    }
                    if (type.Namespace != typeof(ConverseRequest).Namespace)
                    {
                        missing.Add($"{path}: structure {memberShape} mapped to {type.Name}");
                        return;
                    }
                    Walk(shapes, memberShape, type, path, missing, visited);
                    return;
                case "list":
                    var element = ElementType(type);
                    if (element == null)
                    {
                        missing.Add($"{path}: list mapped to {type.Name}");
                        return;
                    }
                    CheckMember(shapes, target.GetProperty("member").GetProperty("shape").GetString()!, element, path + "[]", missing, visited);
                    return;
                case "map":
                    if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Dictionary<,>))
                    {
                        missing.Add($"{path}: map mapped to {type.Name}");
                        return;
                    }
                    CheckMember(shapes, target.GetProperty("value").GetProperty("shape").GetString()!, type.GetGenericArguments()[1], path + "{}", missing, visited);
                    return;
                default:
                    var expected = kind switch
                    {
                        "string" => new[] { typeof(string) },
                        "blob" => new[] { typeof(byte[]) },
                        "integer" => new[] { typeof(int) },
                        "long" => new[] { typeof(long), typeof(int) },
                        "boolean" => new[] { typeof(bool) },
                        "float" => new[] { typeof(float), typeof(double) },
                        "double" => new[] { typeof(double) },
                        "timestamp" => new[] { typeof(DateTimeOffset) },
                        _ => Array.Empty<Type>(),
                    };
                    // A header-bound JSON map (requestMetadata) is exposed as a dictionary and serialized by the client.
                    bool jsonTextAsMap = kind == "string" && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>);
                    if (!expected.Contains(type) && !jsonTextAsMap)
                    {
                        missing.Add($"{path}: {kind} mapped to {type.Name}");
                    }
                    return;
            }
        }

        private static Type? ElementType(Type type)
        {
            if (type.IsArray)
            {
                return type.GetElementType();
            }
            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
        }

        private static PropertyInfo? FindProperty(Type type, string wireName, JsonElement member)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var explicitName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                var name = explicitName ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (name == wireName)
                {
                    return property;
                }
            }
            // Members bound to a header or the path keep the model's member name as the property name.
            if (member.TryGetProperty("location", out _))
            {
                return type.GetProperty(char.ToUpperInvariant(wireName[0]) + wireName.Substring(1));
            }
            return null;
        }
    }
}
