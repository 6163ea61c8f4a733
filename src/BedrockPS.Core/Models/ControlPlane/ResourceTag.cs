namespace BedrockPS.Core.Models
{
    /// <summary>One tag of a Bedrock resource (the service's Tag shape).</summary>
    public sealed class ResourceTag
    {
        /// <summary>An empty tag, for deserialisation.</summary>
        public ResourceTag()
        {
        }

        /// <summary>A tag with its key and value.</summary>
        /// <param name="key">Tag key, 1 to 128 characters.</param>
        /// <param name="value">Tag value, 0 to 256 characters.</param>
        public ResourceTag(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>Tag key.</summary>
        public string? Key { get; set; }

        /// <summary>Tag value.</summary>
        public string? Value { get; set; }
    }
}
