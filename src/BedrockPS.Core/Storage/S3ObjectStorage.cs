using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BedrockPS.Core.Auth;
using BedrockPS.Core.Configuration;

namespace BedrockPS.Core.Storage
{
    /// <summary>
    /// S3 through AWSSDK.S3 with the same credentials and region as the Bedrock client. A custom endpoint (the
    /// S3EndpointUrl option, AWS_ENDPOINT_URL_S3) is addressed path-style with plain signed bodies and checksums only
    /// where S3 requires them, so S3-compatible servers that store aws-chunked bodies verbatim get the bytes as written.
    /// </summary>
    public sealed class S3ObjectStorage : IObjectStorage, IDisposable
    {
        /// <summary>Part size of multipart uploads (S3's minimum is 5 MiB); memory use is one part's read buffer, not the part.</summary>
        public const long PartSize = 8L * 1024 * 1024;

        private readonly AmazonS3Client s3;
        private readonly bool customEndpoint;

        /// <summary>Creates an S3 client from the Bedrock settings: region, credentials and attempts are resolved now, the same way the Bedrock client resolves them.</summary>
        /// <param name="options">The Bedrock settings; <see cref="BedrockClientOptions.S3EndpointUrl"/> (or AWS_ENDPOINT_URL_S3) selects a custom S3 endpoint.</param>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        /// <exception cref="BedrockServiceException">NoCredentials when only an API key is configured (S3 needs AWS credentials), InvalidEndpoint for an unusable AWS_ENDPOINT_URL_S3, or any configuration failure of <see cref="BedrockClient.Resolve"/>.</exception>
        public S3ObjectStorage(BedrockClientOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }
            var configuration = ConfigurationResolver.Resolve(options);
            if (!(configuration.Authenticator is SigV4Authenticator sigV4))
            {
                throw new BedrockServiceException(BedrockErrorCodes.NoCredentials,
                    "S3 needs AWS credentials: a Bedrock API key signs only Bedrock requests. Give -Credential or -ProfileName, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
            }
            var endpoint = options.S3EndpointUrl ?? ParseEndpoint(options.EnvironmentReader("AWS_ENDPOINT_URL_S3"));
            var config = new AmazonS3Config { MaxErrorRetry = Math.Max(0, configuration.MaxAttempts - 1) };
            if (endpoint != null)
            {
                customEndpoint = true;
                config.ServiceURL = endpoint.GetLeftPart(UriPartial.Authority);
                config.AuthenticationRegion = configuration.Region;
                config.ForcePathStyle = true;
                config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
                config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
            }
            else
            {
                config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(configuration.Region);
            }
            s3 = new AmazonS3Client(sigV4.Credentials, config);
        }

        /// <inheritdoc/>
        /// <exception cref="BedrockServiceException">S3 refused the upload; the error code is S3's (AccessDenied, NoSuchBucket, ...).</exception>
        public async Task UploadFileAsync(string localPath, S3ObjectUri target, CancellationToken cancellationToken)
        {
            long length = new FileInfo(localPath).Length;
            try
            {
                if (length <= PartSize)
                {
                    await s3.PutObjectAsync(new PutObjectRequest
                    {
                        BucketName = target.Bucket, Key = target.Key, FilePath = localPath, ContentType = "application/jsonl", UseChunkEncoding = !customEndpoint,
                    }, cancellationToken).ConfigureAwait(false);
                    return;
                }
                await UploadInPartsAsync(localPath, length, target, cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonS3Exception exception)
            {
                throw Translate(exception, "upload " + target);
            }
        }

        private async Task UploadInPartsAsync(string localPath, long length, S3ObjectUri target, CancellationToken cancellationToken)
        {
            var start = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
            {
                BucketName = target.Bucket, Key = target.Key, ContentType = "application/jsonl",
            }, cancellationToken).ConfigureAwait(false);
            try
            {
                var parts = new List<PartETag>();
                int number = 1;
                for (long position = 0; position < length; position += PartSize, number++)
                {
                    // FilePath + FilePosition: the SDK streams the part from the file instead of buffering it.
                    var part = await s3.UploadPartAsync(new UploadPartRequest
                    {
                        BucketName = target.Bucket, Key = target.Key, UploadId = start.UploadId, PartNumber = number,
                        FilePath = localPath, FilePosition = position, PartSize = Math.Min(PartSize, length - position),
                        UseChunkEncoding = !customEndpoint,
                    }, cancellationToken).ConfigureAwait(false);
                    parts.Add(new PartETag(number, part.ETag));
                }
                await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
                {
                    BucketName = target.Bucket, Key = target.Key, UploadId = start.UploadId, PartETags = parts,
                }, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // An abandoned upload keeps its parts (and their cost) until aborted.
                await s3.AbortMultipartUploadAsync(target.Bucket, target.Key, start.UploadId, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="BedrockServiceException">S3 refused the read (NoSuchKey, AccessDenied, ...).</exception>
        public async Task<Stream> OpenReadAsync(S3ObjectUri source, CancellationToken cancellationToken)
        {
            try
            {
                var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = source.Bucket, Key = source.Key }, cancellationToken).ConfigureAwait(false);
                return new ResponseOwningStream(response);
            }
            catch (AmazonS3Exception exception)
            {
                throw Translate(exception, "read " + source);
            }
        }

        /// <inheritdoc/>
        /// <exception cref="BedrockServiceException">S3 refused the listing.</exception>
        public async Task<IReadOnlyList<S3ObjectSummary>> ListAsync(S3ObjectUri prefix, CancellationToken cancellationToken)
        {
            var all = new List<S3ObjectSummary>();
            var request = new ListObjectsV2Request { BucketName = prefix.Bucket, Prefix = prefix.Key };
            try
            {
                ListObjectsV2Response page;
                do
                {
                    page = await s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                    all.AddRange((page.S3Objects ?? new List<S3Object>()).Select(o => new S3ObjectSummary(prefix.WithKey(o.Key), o.Size ?? 0)));
                    request.ContinuationToken = page.NextContinuationToken;
                }
                while (page.IsTruncated == true && !string.IsNullOrEmpty(page.NextContinuationToken));
            }
            catch (AmazonS3Exception exception)
            {
                throw Translate(exception, "list " + prefix);
            }
            return all.OrderBy(o => o.Uri.Key, StringComparer.Ordinal).ToList();
        }

        /// <inheritdoc/>
        /// <exception cref="BedrockServiceException">S3 failed for another reason than a missing object.</exception>
        public async Task<bool> ExistsAsync(S3ObjectUri uri, CancellationToken cancellationToken)
        {
            try
            {
                await s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = uri.Bucket, Key = uri.Key }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }
            catch (AmazonS3Exception exception)
            {
                throw Translate(exception, "check " + uri);
            }
        }

        /// <summary>Releases the S3 client's connections.</summary>
        public void Dispose() => s3.Dispose();

        /// <summary>S3's errors in the module's one exception type, with what to do.</summary>
        private static BedrockServiceException Translate(AmazonS3Exception exception, string action)
        {
            string code = string.IsNullOrEmpty(exception.ErrorCode) ? "S3Error" : exception.ErrorCode;
            string advice = code == "AccessDenied" ? " Check that these credentials may use the bucket (s3:GetObject, s3:PutObject, s3:ListBucket)."
                : code == "NoSuchBucket" ? " Create the bucket first, or correct the S3 URI." : string.Empty;
            return new BedrockServiceException(code, $"Could not {action}: {exception.Message}{advice}", (int)exception.StatusCode, exception)
            {
                RequestId = exception.RequestId,
            };
        }

        private static Uri? ParseEndpoint(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
                ? uri
                : throw new BedrockServiceException(BedrockErrorCodes.InvalidEndpoint, $"AWS_ENDPOINT_URL_S3 '{text}' is not an http or https URL.");
        }
    }
}
