namespace BedrockPS.Core.Transport
{
    /// <summary>Which Bedrock endpoint an operation goes to.</summary>
    internal enum ServicePlane
    {
        Runtime,
        ControlPlane,
    }
}
