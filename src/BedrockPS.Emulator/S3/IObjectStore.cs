using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.S3
{
    /// <summary>
    /// Where batch jobs read input and write output, and what the embedded S3 endpoint serves: a folder on disk, or
    /// an external S3-compatible endpoint. Contents are always streamed, never held whole.
    /// </summary>
    internal interface IObjectStore
    {
        Task<bool> BucketExistsAsync(string bucket, CancellationToken cancellationToken);

        Task CreateBucketAsync(string bucket, CancellationToken cancellationToken);

        /// <summary>Stores the whole stream under the key, replacing any object there. A null ETag is the MD5 of the content.</summary>
        Task<StoredObject> PutAsync(string bucket, string key, Stream content, string? contentType, string? eTag, CancellationToken cancellationToken);

        /// <summary>Null when there is no such object.</summary>
        Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken);

        /// <summary>The object's bytes from <paramref name="offset"/>; null when there is no such object.</summary>
        Task<Stream?> OpenReadAsync(string bucket, string key, long offset, CancellationToken cancellationToken);

        /// <summary>Every object whose key starts with the prefix, in key order (UTF-8 binary order, as S3 lists).</summary>
        Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken);

        Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken);
    }
}
