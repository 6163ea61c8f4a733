using System;

namespace BedrockPS.Core.Storage
{
    /// <summary>An "s3://bucket/key" location: an object, or a prefix when the key is empty or ends with '/'.</summary>
    public sealed class S3ObjectUri
    {
        private S3ObjectUri(string bucket, string key)
        {
            Bucket = bucket;
            Key = key;
        }

        /// <summary>Bucket name (3 to 63 lower-case letters, digits, dots and hyphens).</summary>
        public string Bucket { get; }

        /// <summary>The key or prefix without a leading slash; empty for the bucket's root.</summary>
        public string Key { get; }

        /// <summary>The key as a folder: empty, or ending with exactly one '/'.</summary>
        public string Prefix => Key.Length == 0 ? string.Empty : Key.TrimEnd('/') + "/";

        /// <summary>Reads an "s3://bucket/key" text; the scheme is case-insensitive, the rest is kept as written.</summary>
        /// <param name="text">The text; null gives false.</param>
        /// <param name="uri">The location, or null when the text is not one.</param>
        /// <returns>False for another scheme, an invalid bucket name, or a key that starts with '/' or holds "//".</returns>
        public static bool TryParse(string? text, out S3ObjectUri? uri)
        {
            uri = null;
            if (text == null || !text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            string rest = text.Substring(5);
            int slash = rest.IndexOf('/');
            string bucket = slash < 0 ? rest : rest.Substring(0, slash);
            string key = slash < 0 ? string.Empty : rest.Substring(slash + 1);
            if (!IsBucketName(bucket) || key.StartsWith("/", StringComparison.Ordinal) || key.IndexOf("//", StringComparison.Ordinal) >= 0)
            {
                return false;
            }
            uri = new S3ObjectUri(bucket, key);
            return true;
        }

        /// <summary>Reads an "s3://bucket/key" text.</summary>
        /// <param name="text">The text.</param>
        /// <exception cref="FormatException">The text is not an S3 URI (see <see cref="TryParse"/>).</exception>
        public static S3ObjectUri Parse(string text) =>
            TryParse(text, out var uri) ? uri! : throw new FormatException($"'{text}' is not an S3 URI of the form s3://bucket/prefix (bucket: 3 to 63 lower-case letters, digits, dots and hyphens).");

        /// <summary>
        /// The object <paramref name="key"/> in this location's bucket, exactly as S3 named it (for keys a listing
        /// returns: S3 allows "//" and a leading '/', which <see cref="Parse"/> refuses in what a user types).
        /// </summary>
        /// <param name="key">The object's key as the service gave it.</param>
        public S3ObjectUri WithKey(string key) => new S3ObjectUri(Bucket, key ?? throw new ArgumentNullException(nameof(key)));

        /// <summary>The object or prefix <paramref name="relative"/> under this one as a folder.</summary>
        public S3ObjectUri Child(string relative) => new S3ObjectUri(Bucket, Prefix + relative);

        /// <summary>The "s3://bucket/key" form, as the service takes it.</summary>
        public override string ToString() => "s3://" + Bucket + (Key.Length == 0 ? string.Empty : "/" + Key);

        private static bool IsBucketName(string bucket)
        {
            if (bucket.Length < 3 || bucket.Length > 63)
            {
                return false;
            }
            for (int i = 0; i < bucket.Length; i++)
            {
                char c = bucket[i];
                bool edge = i == 0 || i == bucket.Length - 1;
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!edge && (c == '-' || c == '.'));
                if (!ok)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
