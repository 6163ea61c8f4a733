using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Storage
{
    /// <summary>The S3 operations batch inference needs. Contents are streamed: nothing here holds a file whole.</summary>
    public interface IObjectStorage
    {
        /// <summary>Uploads a local file, in parts when it is larger than one part.</summary>
        Task UploadFileAsync(string localPath, S3ObjectUri target, CancellationToken cancellationToken);

        /// <summary>The object's bytes as a stream read from the network as it is consumed; dispose it when done.</summary>
        Task<Stream> OpenReadAsync(S3ObjectUri source, CancellationToken cancellationToken);

        /// <summary>Every object under the prefix (all pages), in key order.</summary>
        Task<IReadOnlyList<S3ObjectSummary>> ListAsync(S3ObjectUri prefix, CancellationToken cancellationToken);

        /// <summary>True when the object exists.</summary>
        Task<bool> ExistsAsync(S3ObjectUri uri, CancellationToken cancellationToken);
    }
}
