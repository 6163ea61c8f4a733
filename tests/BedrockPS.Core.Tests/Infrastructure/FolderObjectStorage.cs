using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>
    /// Object storage in a local folder ("&lt;folder&gt;/&lt;bucket&gt;/&lt;key&gt;"), for tests of what Core does with
    /// the objects. The S3 client itself is tested against the emulator's S3 endpoint in BedrockPS.Tests: made in this
    /// test process, AWSSDK.S3's client broke the profile tests that point the environment at their own shared config
    /// files, even run one at a time (the SDK keeps what it read from the environment).
    /// </summary>
    internal sealed class FolderObjectStorage : IObjectStorage
    {
        private readonly string folder;

        public FolderObjectStorage(string folder)
        {
            this.folder = folder;
        }

        private string PathOf(S3ObjectUri uri) => Path.Combine(folder, uri.Bucket, uri.Key.Replace('/', Path.DirectorySeparatorChar));

        public Task UploadFileAsync(string localPath, S3ObjectUri target, CancellationToken cancellationToken)
        {
            string path = PathOf(target);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(localPath, path, overwrite: true);
            return Task.CompletedTask;
        }

        public Task<Stream> OpenReadAsync(S3ObjectUri source, CancellationToken cancellationToken) =>
            Task.FromResult<Stream>(new FileStream(PathOf(source), FileMode.Open, FileAccess.Read, FileShare.Read, 4096));

        public Task<IReadOnlyList<S3ObjectSummary>> ListAsync(S3ObjectUri prefix, CancellationToken cancellationToken)
        {
            string bucket = Path.Combine(folder, prefix.Bucket);
            IReadOnlyList<S3ObjectSummary> found = !Directory.Exists(bucket) ? new List<S3ObjectSummary>() : Directory
                .EnumerateFiles(bucket, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(bucket, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(key => key.StartsWith(prefix.Key, System.StringComparison.Ordinal))
                .OrderBy(key => key, System.StringComparer.Ordinal)
                .Select(key => new S3ObjectSummary(S3ObjectUri.Parse("s3://" + prefix.Bucket + "/" + key), new FileInfo(Path.Combine(bucket, key)).Length))
                .ToList();
            return Task.FromResult(found);
        }

        public Task<bool> ExistsAsync(S3ObjectUri uri, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(uri)));
    }
}
