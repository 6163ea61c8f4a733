using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.S3
{
    /// <summary>The S3 errors the embedded endpoint answers, with S3's codes and wording (sent as an XML Error body).</summary>
    internal static class S3Error
    {
        public static ServiceError NoSuchBucket(string bucket) =>
            new ServiceError(404, "NoSuchBucket", "The specified bucket does not exist", new System.Collections.Generic.Dictionary<string, object> { ["BucketName"] = bucket });

        public static ServiceError NoSuchKey(string key) =>
            new ServiceError(404, "NoSuchKey", "The specified key does not exist.", new System.Collections.Generic.Dictionary<string, object> { ["Key"] = key });

        public static ServiceError NoSuchUpload() =>
            new ServiceError(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");

        public static ServiceError InvalidArgument(string message) => new ServiceError(400, "InvalidArgument", message);

        public static ServiceError InvalidRequest(string message) => new ServiceError(400, "InvalidRequest", message);

        public static ServiceError BadDigest(string algorithm) =>
            new ServiceError(400, "BadDigest", "The " + algorithm.ToUpperInvariant() + " you specified did not match the calculated checksum.");

        public static ServiceError SignatureDoesNotMatch(string message) => new ServiceError(403, "SignatureDoesNotMatch", message);

        public static ServiceError InvalidPart(string message) => new ServiceError(400, "InvalidPart", message);

        public static ServiceError NotImplemented(string message) => new ServiceError(501, "NotImplemented", message);

        public static ServiceError InvalidRange() => new ServiceError(416, "InvalidRange", "The requested range is not satisfiable");
    }
}
