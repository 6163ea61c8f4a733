namespace BedrockPS.Core.Models
{
    /// <summary>The model decides whether to call a tool.</summary>
    public sealed class AutoToolChoice
    {
    }
}
