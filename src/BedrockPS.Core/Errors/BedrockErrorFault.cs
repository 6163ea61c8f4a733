namespace BedrockPS.Core
{
    /// <summary>Who is at fault for an error, as the service model classifies it.</summary>
    public enum BedrockErrorFault
    {
        /// <summary>The request or the caller's setup is at fault; resending it unchanged will fail again (throttling aside).</summary>
        Client,
        /// <summary>The service is at fault (HTTP 5xx or a server exception); a later retry may succeed.</summary>
        Server,
    }
}
