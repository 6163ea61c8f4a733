using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace BedrockPS.Emulator.S3
{
    /// <summary>
    /// The S3 operations of the embedded endpoint: CreateBucket, HeadBucket, ListObjectsV2, PutObject, GetObject (with
    /// Range), HeadObject, DeleteObject and the multipart upload calls.
    /// </summary>
    internal sealed class S3Operations
    {
        private readonly IObjectStore _store;
        private readonly S3MultipartUploads _uploads;
        private readonly bool _createBucketsOnWrite;

        public S3Operations(IObjectStore store, S3MultipartUploads uploads, bool createBucketsOnWrite)
        {
            _store = store;
            _uploads = uploads;
            _createBucketsOnWrite = createBucketsOnWrite;
        }

        public Task HandleAsync(S3Call call)
        {
            var query = call.Request.QueryParameters();
            bool Has(string name) => query.Any(p => p.Key == name);
            string method = call.Request.Method;
            if (call.Key == null)
            {
                switch (method)
                {
                    case "PUT": return CreateBucketAsync(call);
                    case "HEAD": return HeadBucketAsync(call);
                    case "GET" when call.Request.Query("list-type") == "2": return ListObjectsV2Async(call);
                }
                throw S3Error.NotImplemented("The emulator's S3 endpoint does not implement " + method + " on a bucket with this query.");
            }
            switch (method)
            {
                case "PUT" when Has("uploadId"): return UploadPartAsync(call);
                case "PUT": return PutObjectAsync(call);
                case "POST" when Has("uploads"): return CreateMultipartUploadAsync(call);
                case "POST" when Has("uploadId"): return CompleteMultipartUploadAsync(call);
                case "DELETE" when Has("uploadId"): return AbortMultipartUploadAsync(call);
                case "DELETE": return DeleteObjectAsync(call);
                case "GET": return GetObjectAsync(call, headOnly: false);
                case "HEAD": return GetObjectAsync(call, headOnly: true);
            }
            throw S3Error.NotImplemented("The emulator's S3 endpoint does not implement " + method + " on an object.");
        }

        private async Task CreateBucketAsync(S3Call call)
        {
            await _store.CreateBucketAsync(call.Bucket, CancellationToken.None).ConfigureAwait(false);
            var headers = S3Xml.Headers(call.RequestId, null);
            headers.Add(new KeyValuePair<string, string>("Location", "/" + call.Bucket));
            await call.Exchange.SendAsync(200, headers, Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task HeadBucketAsync(S3Call call)
        {
            await RequireBucketAsync(call.Bucket, create: false).ConfigureAwait(false);
            await call.Exchange.SendAsync(200, S3Xml.Headers(call.RequestId, null), Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task ListObjectsV2Async(S3Call call)
        {
            await RequireBucketAsync(call.Bucket, create: false).ConfigureAwait(false);
            var request = call.Request;
            string prefix = request.Query("prefix") ?? string.Empty;
            string? delimiter = request.Query("delimiter");
            string? token = request.Query("continuation-token");
            string? startAfter = request.Query("start-after");
            bool urlEncoding = request.Query("encoding-type") == "url";
            int maxKeys = 1000;
            if (request.Query("max-keys") is string maxText && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys > 1000))
            {
                maxKeys = int.TryParse(maxText, out int parsed) && parsed > 1000 ? 1000 : throw S3Error.InvalidArgument("Provided max-keys not an integer or within integer range");
            }
            string? after = token != null ? DecodeToken(token) : startAfter;
            var all = await _store.ListAsync(call.Bucket, prefix, CancellationToken.None).ConfigureAwait(false);
            var result = S3Xml.Element("ListBucketResult", S3Xml.Element("Name", call.Bucket), S3Xml.Element("Prefix", Encode(prefix, urlEncoding)));
            var contents = new List<XElement>();
            var commonPrefixes = new List<string>();
            string? lastKey = null;
            bool truncated = false;
            foreach (var item in all)
            {
                if (after != null && string.CompareOrdinal(item.Key, after) <= 0)
                {
                    continue;
                }
                string? rolledUp = null;
                if (!string.IsNullOrEmpty(delimiter))
                {
                    int at = item.Key.IndexOf(delimiter!, prefix.Length, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        rolledUp = item.Key.Substring(0, at + delimiter!.Length);
                        if (commonPrefixes.Count > 0 && commonPrefixes[commonPrefixes.Count - 1] == rolledUp)
                        {
                            lastKey = item.Key;
                            continue;
                        }
                    }
                }
                if (contents.Count + commonPrefixes.Count >= maxKeys)
                {
                    truncated = true;
                    break;
                }
                if (rolledUp != null)
                {
                    commonPrefixes.Add(rolledUp);
                }
                else
                {
                    contents.Add(S3Xml.Element("Contents",
                        S3Xml.Element("Key", Encode(item.Key, urlEncoding)),
                        S3Xml.Element("LastModified", S3Xml.Timestamp(item.LastModified)),
                        S3Xml.Element("ETag", item.ETag),
                        S3Xml.Element("Size", item.Size),
                        S3Xml.Element("StorageClass", "STANDARD")));
                }
                lastKey = item.Key;
            }
            if (token != null)
            {
                result.Add(S3Xml.Element("ContinuationToken", token));
            }
            if (startAfter != null)
            {
                result.Add(S3Xml.Element("StartAfter", Encode(startAfter, urlEncoding)));
            }
            result.Add(S3Xml.Element("KeyCount", contents.Count + commonPrefixes.Count), S3Xml.Element("MaxKeys", maxKeys));
            if (delimiter != null)
            {
                result.Add(S3Xml.Element("Delimiter", Encode(delimiter, urlEncoding)));
            }
            if (urlEncoding)
            {
                result.Add(S3Xml.Element("EncodingType", "url"));
            }
            result.Add(S3Xml.Element("IsTruncated", truncated ? "true" : "false"));
            if (truncated && lastKey != null)
            {
                result.Add(S3Xml.Element("NextContinuationToken", Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey))));
            }
            result.Add(contents);
            result.Add(commonPrefixes.Select(p => S3Xml.Element("CommonPrefixes", S3Xml.Element("Prefix", Encode(p, urlEncoding)))));
            await call.Exchange.SendAsync(200, S3Xml.Headers(call.RequestId), S3Xml.Bytes(result)).ConfigureAwait(false);
        }

        private async Task PutObjectAsync(S3Call call)
        {
            await RequireBucketAsync(call.Bucket, _createBucketsOnWrite).ConfigureAwait(false);
            using var content = new MemoryStream(call.Content.Data, writable: false);
            var stored = await _store.PutAsync(call.Bucket, call.Key!, content, call.Request.Header("Content-Type"), null, CancellationToken.None).ConfigureAwait(false);
            var headers = S3Xml.Headers(call.RequestId, null);
            headers.Add(new KeyValuePair<string, string>("ETag", stored.ETag));
            headers.AddRange(call.Content.Checksums);
            await call.Exchange.SendAsync(200, headers, Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task CreateMultipartUploadAsync(S3Call call)
        {
            await RequireBucketAsync(call.Bucket, _createBucketsOnWrite).ConfigureAwait(false);
            string uploadId = _uploads.Start(call.Bucket, call.Key!, call.Request.Header("Content-Type"));
            var result = S3Xml.Element("InitiateMultipartUploadResult",
                S3Xml.Element("Bucket", call.Bucket), S3Xml.Element("Key", call.Key), S3Xml.Element("UploadId", uploadId));
            await call.Exchange.SendAsync(200, S3Xml.Headers(call.RequestId), S3Xml.Bytes(result)).ConfigureAwait(false);
        }

        private async Task UploadPartAsync(S3Call call)
        {
            string uploadId = call.Request.Query("uploadId")!;
            if (!int.TryParse(call.Request.Query("partNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out int partNumber) || partNumber < 1 || partNumber > 10000)
            {
                throw S3Error.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive");
            }
            var upload = _uploads.Find(uploadId, call.Bucket, call.Key!);
            string eTag = _uploads.PutPart(upload, partNumber, call.Content.Data, 0, call.Content.Data.Length);
            var headers = S3Xml.Headers(call.RequestId, null);
            headers.Add(new KeyValuePair<string, string>("ETag", eTag));
            headers.AddRange(call.Content.Checksums);
            await call.Exchange.SendAsync(200, headers, Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task CompleteMultipartUploadAsync(S3Call call)
        {
            string uploadId = call.Request.Query("uploadId")!;
            var upload = _uploads.Find(uploadId, call.Bucket, call.Key!);
            XElement body;
            try
            {
                body = XElement.Parse(Encoding.UTF8.GetString(call.Content.Data));
            }
            catch (System.Xml.XmlException)
            {
                throw new Operations.ServiceError(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
            }
            var requested = body.Elements().Where(e => e.Name.LocalName == "Part").Select(e => new KeyValuePair<int, string>(
                int.Parse(e.Elements().First(c => c.Name.LocalName == "PartNumber").Value, CultureInfo.InvariantCulture),
                e.Elements().First(c => c.Name.LocalName == "ETag").Value)).ToList();
            if (requested.Count == 0)
            {
                throw new Operations.ServiceError(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
            }
            var parts = _uploads.Select(upload, requested, out string eTag);
            using (var content = new ConcatenatedFileStream(parts.Select(p => p.File)))
            {
                await _store.PutAsync(call.Bucket, call.Key!, content, upload.ContentType, eTag, CancellationToken.None).ConfigureAwait(false);
            }
            _uploads.Finish(uploadId);
            var result = S3Xml.Element("CompleteMultipartUploadResult",
                S3Xml.Element("Location", "/" + call.Bucket + "/" + call.Key), S3Xml.Element("Bucket", call.Bucket),
                S3Xml.Element("Key", call.Key), S3Xml.Element("ETag", eTag));
            await call.Exchange.SendAsync(200, S3Xml.Headers(call.RequestId), S3Xml.Bytes(result)).ConfigureAwait(false);
        }

        private async Task AbortMultipartUploadAsync(S3Call call)
        {
            string uploadId = call.Request.Query("uploadId")!;
            _uploads.Find(uploadId, call.Bucket, call.Key!);
            _uploads.Finish(uploadId);
            await call.Exchange.SendAsync(204, S3Xml.Headers(call.RequestId, null), Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task DeleteObjectAsync(S3Call call)
        {
            await RequireBucketAsync(call.Bucket, create: false).ConfigureAwait(false);
            await _store.DeleteAsync(call.Bucket, call.Key!, CancellationToken.None).ConfigureAwait(false);
            await call.Exchange.SendAsync(204, S3Xml.Headers(call.RequestId, null), Array.Empty<byte>()).ConfigureAwait(false);
        }

        private async Task GetObjectAsync(S3Call call, bool headOnly)
        {
            await RequireBucketAsync(call.Bucket, create: false).ConfigureAwait(false);
            var stored = await _store.HeadAsync(call.Bucket, call.Key!, CancellationToken.None).ConfigureAwait(false) ?? throw S3Error.NoSuchKey(call.Key!);
            long start = 0;
            long end = stored.Size - 1;
            int status = 200;
            string? range = call.Request.Header("Range");
            if (range != null && range.StartsWith("bytes=", StringComparison.Ordinal))
            {
                if (!S3Range.TryParse(range.Substring(6), stored.Size, out start, out end))
                {
                    throw S3Error.InvalidRange();
                }
                status = 206;
            }
            var headers = S3Xml.Headers(call.RequestId, stored.ContentType ?? "binary/octet-stream");
            headers.Add(new KeyValuePair<string, string>("ETag", stored.ETag));
            headers.Add(new KeyValuePair<string, string>("Last-Modified", S3Xml.HttpDate(stored.LastModified)));
            headers.Add(new KeyValuePair<string, string>("Accept-Ranges", "bytes"));
            if (status == 206)
            {
                headers.Add(new KeyValuePair<string, string>("Content-Range", "bytes " + start + "-" + end + "/" + stored.Size));
            }
            long length = stored.Size == 0 ? 0 : end - start + 1;
            if (headOnly)
            {
                await call.Exchange.SendStreamAsync(status, headers, null, length).ConfigureAwait(false);
                return;
            }
            using var body = await _store.OpenReadAsync(call.Bucket, call.Key!, start, CancellationToken.None).ConfigureAwait(false) ?? throw S3Error.NoSuchKey(call.Key!);
            await call.Exchange.SendStreamAsync(status, headers, body, length).ConfigureAwait(false);
        }

        private async Task RequireBucketAsync(string bucket, bool create)
        {
            if (await _store.BucketExistsAsync(bucket, CancellationToken.None).ConfigureAwait(false))
            {
                return;
            }
            if (!create)
            {
                throw S3Error.NoSuchBucket(bucket);
            }
            await _store.CreateBucketAsync(bucket, CancellationToken.None).ConfigureAwait(false);
        }

        private static string Encode(string text, bool urlEncoding) =>
            urlEncoding ? Auth.SigV4Canonicalizer.UriEncode(text).Replace("%2F", "/") : text;

        private static string DecodeToken(string token)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(token));
            }
            catch (FormatException)
            {
                throw S3Error.InvalidArgument("The continuation token provided is incorrect");
            }
        }
    }
}
