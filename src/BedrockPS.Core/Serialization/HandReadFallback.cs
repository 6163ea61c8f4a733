using System;
using System.Text.Json;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// The rule every hand-written reader follows: it reads what it knows; when it declines (returns null) or a part
    /// it handed to the serializer does not fit, the serializer reads the whole value again, so the result, or the
    /// failure and its message with the fault's full path, is the serializer's own.
    /// </summary>
    internal static class HandReadFallback
    {
        /// <summary>Parses <paramref name="utf8Json"/> and reads it by hand, or by the serializer.</summary>
        /// <exception cref="JsonException">Not JSON, or not of the shape of <typeparamref name="T"/>.</exception>
        public static T? Read<T>(byte[] utf8Json, Func<JsonElement, T?> readByHand)
            where T : class
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8Json);
            }
            catch (JsonException)
            {
                return BedrockJson.Deserialize<T>(utf8Json);
            }
            using (document)
            {
                return Read(document.RootElement, readByHand);
            }
        }

        /// <summary>Reads an element by hand, or by the serializer; nothing of the result refers to the element.</summary>
        /// <exception cref="JsonException">Not of the shape of <typeparamref name="T"/>.</exception>
        public static T? Read<T>(JsonElement element, Func<JsonElement, T?> readByHand)
            where T : class
        {
            try
            {
                T? read = readByHand(element);
                if (read != null)
                {
                    return read;
                }
            }
            catch (JsonException)
            {
                // Read it all again below.
            }
            return BySerializer<T>(element);
        }

        /// <summary>An element read by the serializer, with the wire settings.</summary>
        public static T BySerializer<T>(JsonElement element)
        {
            return element.Deserialize<T>(BedrockJson.Options)!;
        }
    }
}
