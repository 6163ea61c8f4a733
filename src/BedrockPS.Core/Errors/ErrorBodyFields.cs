namespace BedrockPS.Core.Errors
{
    /// <summary>The members an error body may carry (restJson1 plus the Bedrock model-error extras).</summary>
    internal sealed class ErrorBodyFields
    {
        public string? Message;
        public string? Type;
        public string? Code;
        public int? OriginalStatusCode;
        public string? OriginalMessage;
        public string? ResourceName;
    }
}
