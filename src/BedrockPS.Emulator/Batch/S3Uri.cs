using System;
using System.Text.RegularExpressions;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>An "s3://bucket/key-or-prefix" location, checked against the service's S3Uri pattern.</summary>
    internal sealed class S3Uri
    {
        // The pattern of the service model's S3Uri shape.
        private static readonly Regex Pattern = new Regex(@"^s3://[a-z0-9][-.a-z0-9]{1,61}[a-z0-9](?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?$", RegexOptions.CultureInvariant);

        private S3Uri(string bucket, string key)
        {
            Bucket = bucket;
            Key = key;
        }

        public string Bucket { get; }

        /// <summary>The key or prefix, without the leading slash; empty for the whole bucket.</summary>
        public string Key { get; }

        public static bool IsValid(string? text) => text != null && text.Length <= 1024 && Pattern.IsMatch(text);

        public static S3Uri Parse(string text)
        {
            string rest = text.Substring("s3://".Length);
            int slash = rest.IndexOf('/');
            return slash < 0 ? new S3Uri(rest, string.Empty) : new S3Uri(rest.Substring(0, slash), rest.Substring(slash + 1));
        }

        /// <summary>The key under this prefix, with exactly one slash between.</summary>
        public string Child(string relative) => Key.Length == 0 ? relative : Key.TrimEnd('/') + "/" + relative;

        public override string ToString() => "s3://" + Bucket + (Key.Length == 0 ? string.Empty : "/" + Key);
    }
}
