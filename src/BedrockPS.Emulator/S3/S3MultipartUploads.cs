using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace BedrockPS.Emulator.S3
{
    /// <summary>Uploads in progress: each part kept in a scratch file until the upload is completed or aborted.</summary>
    internal sealed class S3MultipartUploads : IDisposable
    {
        private readonly string _scratch = Path.Combine(Path.GetTempPath(), "bedrockps-s3-parts-" + Guid.NewGuid().ToString("N"));
        private readonly ConcurrentDictionary<string, Upload> _uploads = new ConcurrentDictionary<string, Upload>(StringComparer.Ordinal);

        public S3MultipartUploads()
        {
            Directory.CreateDirectory(_scratch);
        }

        public string Start(string bucket, string key, string? contentType)
        {
            string id = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
            _uploads[id] = new Upload(bucket, key, contentType);
            return id;
        }

        public Upload Find(string uploadId, string bucket, string key) =>
            _uploads.TryGetValue(uploadId, out var upload) && upload.Bucket == bucket && upload.Key == key ? upload : throw S3Error.NoSuchUpload();

        /// <summary>Stores one part; returns its quoted ETag (the part's MD5).</summary>
        public string PutPart(Upload upload, int partNumber, byte[] data, int offset, int count)
        {
            string file = Path.Combine(_scratch, Guid.NewGuid().ToString("N"));
            using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(data, offset, count);
            }
            byte[] md5;
            #pragma warning disable CA5351 // S3 requires MD5 for Content-MD5 and ETags; an integrity checksum, not security
            using (var hash = MD5.Create())
            #pragma warning restore CA5351
            {
                md5 = hash.ComputeHash(data, offset, count);
            }
            var part = new Part(file, count, md5);
            lock (upload)
            {
                if (upload.Parts.TryGetValue(partNumber, out var replaced))
                {
                    File.Delete(replaced.File);
                }
                upload.Parts[partNumber] = part;
            }
            return "\"" + DirectoryObjectStore.Hex(md5) + "\"";
        }

        /// <summary>
        /// Checks the list the client sends against the parts held, and returns the parts in order with the multipart ETag
        /// (MD5 of the parts' MD5s, then "-" and the part count, as S3 computes it).
        /// </summary>
        public List<Part> Select(Upload upload, IReadOnlyList<KeyValuePair<int, string>> requested, out string eTag)
        {
            var selected = new List<Part>();
            int previous = 0;
            lock (upload)
            {
                foreach (var item in requested)
                {
                    if (item.Key <= previous)
                    {
                        throw new Operations.ServiceError(400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.");
                    }
                    previous = item.Key;
                    if (!upload.Parts.TryGetValue(item.Key, out var part) || part.QuotedETag != NormalizeETag(item.Value))
                    {
                        throw S3Error.InvalidPart("One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.");
                    }
                    selected.Add(part);
                }
            }
            #pragma warning disable CA5351 // S3 requires MD5 for Content-MD5 and ETags; an integrity checksum, not security
            using var hash = MD5.Create();
            #pragma warning restore CA5351
            byte[] all = selected.SelectMany(p => p.Md5).ToArray();
            eTag = "\"" + DirectoryObjectStore.Hex(hash.ComputeHash(all)) + "-" + selected.Count + "\"";
            return selected;
        }

        public void Finish(string uploadId)
        {
            if (_uploads.TryRemove(uploadId, out var upload))
            {
                lock (upload)
                {
                    foreach (var part in upload.Parts.Values)
                    {
                        File.Delete(part.File);
                    }
                    upload.Parts.Clear();
                }
            }
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_scratch, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static string NormalizeETag(string eTag)
        {
            string trimmed = eTag.Trim().Trim('"');
            return "\"" + trimmed + "\"";
        }

        internal sealed class Upload
        {
            public Upload(string bucket, string key, string? contentType)
            {
                Bucket = bucket;
                Key = key;
                ContentType = contentType;
            }

            public string Bucket { get; }
            public string Key { get; }
            public string? ContentType { get; }
            public SortedDictionary<int, Part> Parts { get; } = new SortedDictionary<int, Part>();
        }

        internal sealed class Part
        {
            public Part(string file, long size, byte[] md5)
            {
                File = file;
                Size = size;
                Md5 = md5;
            }

            public string File { get; }
            public long Size { get; }
            public byte[] Md5 { get; }
            public string QuotedETag => "\"" + DirectoryObjectStore.Hex(Md5) + "\"";
        }
    }
}
