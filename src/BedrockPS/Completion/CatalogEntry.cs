namespace BedrockPS.Completion
{
    /// <summary>A completable model id with the text shown beside it and, for foundation models, its provider.</summary>
    internal sealed class CatalogEntry
    {
        public CatalogEntry(string id, string description, string? provider)
        {
            Id = id;
            Description = description;
            Provider = provider;
        }

        public string Id { get; }

        public string Description { get; }

        /// <summary>The provider name (e.g. "Mistral AI"); null for inference profiles.</summary>
        public string? Provider { get; }
    }
}
