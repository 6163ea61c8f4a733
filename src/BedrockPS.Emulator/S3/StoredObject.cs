using System;

namespace BedrockPS.Emulator.S3
{
    /// <summary>What an object store knows of one object (its bytes stay in the store).</summary>
    internal sealed class StoredObject
    {
        public StoredObject(string bucket, string key, long size, string eTag, DateTimeOffset lastModified, string? contentType)
        {
            Bucket = bucket;
            Key = key;
            Size = size;
            ETag = eTag;
            LastModified = lastModified;
            ContentType = contentType;
        }

        public string Bucket { get; }
        public string Key { get; }
        public long Size { get; }
        /// <summary>Quoted, as S3 sends it.</summary>
        public string ETag { get; }
        public DateTimeOffset LastModified { get; }
        public string? ContentType { get; }
    }
}
