using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using BedrockPS.Emulator.Auth;

namespace BedrockPS.Emulator.S3
{
    /// <summary>Batch job data on an S3-compatible endpoint the emulator does not own (path-style requests, SigV4).</summary>
    internal sealed class ExternalObjectStore : IObjectStore, IDisposable
    {
        private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        private readonly Uri _endpoint;
        private readonly S3RequestSigner _signer;

        public ExternalObjectStore(Uri endpoint, string accessKeyId, string secretAccessKey, string region)
        {
            _endpoint = endpoint;
            _signer = new S3RequestSigner(accessKeyId, secretAccessKey, region);
        }

        public async Task<bool> BucketExistsAsync(string bucket, CancellationToken cancellationToken)
        {
            using var response = await SendAsync(HttpMethod.Head, bucket, null, null, null, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }

        public async Task CreateBucketAsync(string bucket, CancellationToken cancellationToken)
        {
            using var response = await SendAsync(HttpMethod.Put, bucket, null, null, null, cancellationToken).ConfigureAwait(false);
            await EnsureAsync(response, "CreateBucket " + bucket).ConfigureAwait(false);
        }

        public async Task<StoredObject> PutAsync(string bucket, string key, Stream content, string? contentType, string? eTag, CancellationToken cancellationToken)
        {
            string? scratch = null;
            try
            {
                if (!content.CanSeek)
                {
                    // A length is needed up front: spool a stream of unknown length to disk, never to memory.
                    scratch = Path.GetTempFileName();
                    using (var file = File.Create(scratch))
                    {
                        await content.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
                    }
                    content = File.OpenRead(scratch);
                }
                var body = new StreamContent(content, 81920);
                body.Headers.ContentLength = content.Length - content.Position;
                if (contentType != null)
                {
                    body.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }
                using var response = await SendAsync(HttpMethod.Put, bucket, key, null, body, cancellationToken).ConfigureAwait(false);
                await EnsureAsync(response, "PutObject " + key).ConfigureAwait(false);
                return new StoredObject(bucket, key, body.Headers.ContentLength ?? 0, response.Headers.ETag?.Tag ?? "\"\"", DateTimeOffset.UtcNow, contentType);
            }
            finally
            {
                if (scratch != null)
                {
                    content.Dispose();
                    File.Delete(scratch);
                }
            }
        }

        public async Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            using var response = await SendAsync(HttpMethod.Head, bucket, key, null, null, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            await EnsureAsync(response, "HeadObject " + key).ConfigureAwait(false);
            return new StoredObject(bucket, key, response.Content.Headers.ContentLength ?? 0, response.Headers.ETag?.Tag ?? "\"\"",
                response.Content.Headers.LastModified ?? DateTimeOffset.UtcNow, response.Content.Headers.ContentType?.ToString());
        }

        public async Task<Stream?> OpenReadAsync(string bucket, string key, long offset, CancellationToken cancellationToken)
        {
            var response = await SendAsync(HttpMethod.Get, bucket, key, null, null, cancellationToken, offset).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                response.Dispose();
                return null;
            }
            await EnsureAsync(response, "GetObject " + key).ConfigureAwait(false);
            return await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        }

        public async Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken)
        {
            var all = new List<StoredObject>();
            string? token = null;
            do
            {
                var query = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>("list-type", "2"), new KeyValuePair<string, string>("prefix", prefix) };
                if (token != null)
                {
                    query.Add(new KeyValuePair<string, string>("continuation-token", token));
                }
                using var response = await SendAsync(HttpMethod.Get, bucket, null, query, null, cancellationToken).ConfigureAwait(false);
                await EnsureAsync(response, "ListObjectsV2 " + bucket).ConfigureAwait(false);
                var xml = XElement.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
                foreach (var item in xml.Elements().Where(e => e.Name.LocalName == "Contents"))
                {
                    string Value(string name) => item.Elements().First(e => e.Name.LocalName == name).Value;
                    all.Add(new StoredObject(bucket, Value("Key"), long.Parse(Value("Size"), System.Globalization.CultureInfo.InvariantCulture), Value("ETag"),
                        DateTimeOffset.Parse(Value("LastModified"), System.Globalization.CultureInfo.InvariantCulture), null));
                }
                bool truncated = xml.Elements().FirstOrDefault(e => e.Name.LocalName == "IsTruncated")?.Value == "true";
                token = truncated ? xml.Elements().FirstOrDefault(e => e.Name.LocalName == "NextContinuationToken")?.Value : null;
            }
            while (token != null);
            return all;
        }

        public async Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            using var response = await SendAsync(HttpMethod.Delete, bucket, key, null, null, cancellationToken).ConfigureAwait(false);
            await EnsureAsync(response, "DeleteObject " + key).ConfigureAwait(false);
        }

        public void Dispose() => _http.Dispose();

        private Task<HttpResponseMessage> SendAsync(HttpMethod method, string bucket, string? key, IReadOnlyList<KeyValuePair<string, string>>? query,
            HttpContent? content, CancellationToken cancellationToken, long offset = 0)
        {
            query ??= new List<KeyValuePair<string, string>>();
            string path = S3RequestSigner.EncodePath(bucket, key);
            string queryText = string.Join("&", query.Select(p => SigV4Canonicalizer.UriEncode(p.Key) + "=" + SigV4Canonicalizer.UriEncode(p.Value)));
            var uri = new Uri(_endpoint.GetLeftPart(UriPartial.Authority) + path + (queryText.Length > 0 ? "?" + queryText : string.Empty));
            var request = new HttpRequestMessage(method, uri) { Content = content };
            if (offset > 0)
            {
                request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(offset, null);
            }
            _signer.Sign(request, path, query);
            return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }

        private static async Task EnsureAsync(HttpResponseMessage response, string what)
        {
            if (!response.IsSuccessStatusCode)
            {
                string detail = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                throw new IOException("The external S3 endpoint refused " + what + " with " + (int)response.StatusCode + ": " + detail);
            }
        }
    }
}
