namespace BedrockPS.Core.Storage
{
    /// <summary>One object of an <see cref="IObjectStorage.ListAsync"/> listing: where it is and how big.</summary>
    public sealed class S3ObjectSummary
    {
        /// <summary>Creates a summary.</summary>
        /// <param name="uri">Where the object is.</param>
        /// <param name="size">Its size in bytes.</param>
        public S3ObjectSummary(S3ObjectUri uri, long size)
        {
            Uri = uri;
            Size = size;
        }

        /// <summary>Where the object is.</summary>
        public S3ObjectUri Uri { get; }

        /// <summary>Size of the object, in bytes.</summary>
        public long Size { get; }
    }
}
