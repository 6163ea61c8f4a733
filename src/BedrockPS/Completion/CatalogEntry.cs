namespace BedrockPS.Completion
{
    /// <summary>A completable model id with the text shown beside it.</summary>
    internal sealed class CatalogEntry
    {
        public CatalogEntry(string id, string description)
        {
            Id = id;
            Description = description;
        }

        public string Id { get; }

        public string Description { get; }
    }
}
