namespace BedrockPS.Core
{
    /// <summary>Who is at fault for an error, as the service model classifies it.</summary>
    public enum BedrockErrorFault
    {
        Client,
        Server,
    }
}
