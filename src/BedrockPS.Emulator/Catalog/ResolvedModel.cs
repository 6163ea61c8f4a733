namespace BedrockPS.Emulator.Catalog
{
    /// <summary>A model id as the client sent it, and the foundation model (and profile) it names.</summary>
    internal sealed class ResolvedModel
    {
        public ResolvedModel(string requestedId, FoundationModel model, InferenceProfile? profile)
        {
            RequestedId = requestedId;
            Model = model;
            Profile = profile;
        }

        public string RequestedId { get; }
        public FoundationModel Model { get; }
        public InferenceProfile? Profile { get; }
    }
}
