using BedrockPS.Emulator.Http;

namespace BedrockPS.Emulator.S3
{
    /// <summary>One authenticated S3 request, its bucket and key decoded and its payload checked.</summary>
    internal sealed class S3Call
    {
        public S3Call(HttpRequest request, HttpExchange exchange, string requestId, string bucket, string? key, S3Content content)
        {
            Request = request;
            Exchange = exchange;
            RequestId = requestId;
            Bucket = bucket;
            Key = key;
            Content = content;
        }

        public HttpRequest Request { get; }
        public HttpExchange Exchange { get; }
        public string RequestId { get; }
        public string Bucket { get; }
        public string? Key { get; }
        public S3Content Content { get; }
    }
}
