namespace BedrockPS.Core.Models
{
    /// <summary>One tag of a Bedrock resource (the service's Tag shape).</summary>
    public sealed class ResourceTag
    {
        public ResourceTag()
        {
        }

        public ResourceTag(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string? Key { get; set; }

        public string? Value { get; set; }
    }
}
