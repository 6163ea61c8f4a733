using System;
using System.Text.Json;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>What a read ended with, as text to compare: the model in its wire form, null, or the JsonException's message.</summary>
    internal static class ReadOutcome
    {
        public static string Of(Func<object?> read)
        {
            try
            {
                object? value = read();
                return value == null ? "null" : "read: " + JsonSerializer.Serialize(value, value.GetType(), BedrockJson.Options);
            }
            catch (JsonException error)
            {
                return "JsonException: " + error.Message;
            }
        }
    }
}
