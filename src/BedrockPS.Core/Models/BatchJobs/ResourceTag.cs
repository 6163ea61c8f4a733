namespace BedrockPS.Core.Models
{
    /// <summary>One key/value tag on a Bedrock resource.</summary>
    public sealed class ResourceTag
    {
        public string? Key { get; set; }

        public string? Value { get; set; }
    }
}
