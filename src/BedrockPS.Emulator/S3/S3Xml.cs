using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.S3
{
    /// <summary>S3's XML bodies: results in the 2006-03-01 namespace, errors without one.</summary>
    internal static class S3Xml
    {
        public static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

        public static byte[] Bytes(XElement root) =>
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting));

        public static XElement Element(string name, params object?[] content) => new XElement(Ns + name, content);

        public static byte[] Error(ServiceError error, string resource, string requestId)
        {
            var root = new XElement("Error", new XElement("Code", error.ErrorType), new XElement("Message", error.Message));
            foreach (var member in error.ExtraMembers)
            {
                root.Add(new XElement(member.Key, member.Value));
            }
            root.Add(new XElement("Resource", resource), new XElement("RequestId", requestId));
            return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting));
        }

        public static string Timestamp(System.DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        public static string HttpDate(System.DateTimeOffset value) =>
            value.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

        public static List<KeyValuePair<string, string>> Headers(string requestId, string? contentType = "application/xml") 
        {
            var headers = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("x-amz-request-id", requestId),
                new KeyValuePair<string, string>("x-amz-id-2", requestId),
            };
            if (contentType != null)
            {
                headers.Add(new KeyValuePair<string, string>("Content-Type", contentType));
            }
            return headers;
        }
    }
}
