using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.S3
{
    /// <summary>
    /// Objects as files in one folder per bucket (the key percent-escaped into a flat file name), metadata in memory.
    /// A new object is written to a temporary file and moved into place, so readers never see half an object.
    /// </summary>
    internal sealed class DirectoryObjectStore : IObjectStore, IDisposable
    {
        private readonly string _root;
        private readonly bool _ownsRoot;
        private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, StoredObject>> _buckets =
            new ConcurrentDictionary<string, ConcurrentDictionary<string, StoredObject>>(StringComparer.Ordinal);

        /// <param name="root">The folder to keep objects in; null makes a temporary one, deleted on Dispose.</param>
        public DirectoryObjectStore(string? root)
        {
            _ownsRoot = root == null;
            _root = root ?? Path.Combine(Path.GetTempPath(), "bedrockps-s3-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_root);
        }

        public Task<bool> BucketExistsAsync(string bucket, CancellationToken cancellationToken) => Task.FromResult(_buckets.ContainsKey(bucket));

        public Task CreateBucketAsync(string bucket, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(BucketFolder(bucket));
            _buckets.GetOrAdd(bucket, _ => new ConcurrentDictionary<string, StoredObject>(StringComparer.Ordinal));
            return Task.CompletedTask;
        }

        public async Task<StoredObject> PutAsync(string bucket, string key, Stream content, string? contentType, string? eTag, CancellationToken cancellationToken)
        {
            var objects = Objects(bucket);
            string temporary = Path.Combine(BucketFolder(bucket), ".upload-" + Guid.NewGuid().ToString("N"));
            long size = 0;
            byte[] md5;
            #pragma warning disable CA5351 // S3 requires MD5 for Content-MD5 and ETags; an integrity checksum, not security
            using (var hash = MD5.Create())
            #pragma warning restore CA5351
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.TransformBlock(buffer, 0, read, null, 0);
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    size += read;
                }
                hash.TransformFinalBlock(buffer, 0, 0);
                md5 = hash.Hash!;
            }
            return Commit(objects, bucket, key, temporary, size, eTag ?? "\"" + Hex(md5) + "\"", contentType);
        }

        private StoredObject Commit(ConcurrentDictionary<string, StoredObject> objects, string bucket, string key, string file, long size, string eTag, string? contentType)
        {
            lock (objects)
            {
                string target = ObjectPath(bucket, key);
                if (File.Exists(target))
                {
                    File.Delete(target); // open readers keep the old bytes (FileShare.Delete)
                }
                File.Move(file, target);
                var stored = new StoredObject(bucket, key, size, eTag, DateTimeOffset.UtcNow, contentType);
                objects[key] = stored;
                return stored;
            }
        }

        public Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            StoredObject? found = null;
            if (_buckets.TryGetValue(bucket, out var objects) && objects.TryGetValue(key, out var stored))
            {
                found = stored;
            }
            return Task.FromResult(found);
        }

        public Task<Stream?> OpenReadAsync(string bucket, string key, long offset, CancellationToken cancellationToken)
        {
            if (!_buckets.TryGetValue(bucket, out var objects))
            {
                return Task.FromResult<Stream?>(null);
            }
            lock (objects)
            {
                if (!objects.ContainsKey(key))
                {
                    return Task.FromResult<Stream?>(null);
                }
                // FileShare.Delete lets a later put replace the object while this reader finishes the old bytes.
                var stream = new FileStream(ObjectPath(bucket, key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
                stream.Seek(offset, SeekOrigin.Begin);
                return Task.FromResult<Stream?>(stream);
            }
        }

        public Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken)
        {
            IReadOnlyList<StoredObject> list = _buckets.TryGetValue(bucket, out var objects)
                ? objects.Values.Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal).ToList()
                : new List<StoredObject>();
            return Task.FromResult(list);
        }

        public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            if (_buckets.TryGetValue(bucket, out var objects))
            {
                lock (objects)
                {
                    if (objects.TryRemove(key, out _))
                    {
                        File.Delete(ObjectPath(bucket, key));
                    }
                }
            }
            return Task.CompletedTask;
        }

        public void Dispose()
        {
            if (_ownsRoot)
            {
                try
                {
                    Directory.Delete(_root, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        private ConcurrentDictionary<string, StoredObject> Objects(string bucket) =>
            _buckets.TryGetValue(bucket, out var objects) ? objects : throw new InvalidOperationException("No bucket " + bucket);

        private string BucketFolder(string bucket) => Path.Combine(_root, "b-" + bucket);

        private string ObjectPath(string bucket, string key) => Path.Combine(BucketFolder(bucket), "o-" + KeyDigest(key));

        // A digest keeps file names short whatever the key's length (S3 keys reach 1,024 bytes).
        private static string KeyDigest(string key)
        {
            using var sha = SHA256.Create();
            return Hex(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(key)));
        }

        internal static string Hex(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i * 2] = "0123456789abcdef"[bytes[i] >> 4];
                chars[i * 2 + 1] = "0123456789abcdef"[bytes[i] & 15];
            }
            return new string(chars);
        }
    }
}
