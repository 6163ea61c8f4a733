namespace BedrockPS.Core.Models
{
    /// <summary>The model must call some tool.</summary>
    public sealed class AnyToolChoice
    {
    }
}
