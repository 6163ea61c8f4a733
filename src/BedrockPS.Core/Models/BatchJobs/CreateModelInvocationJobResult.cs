namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of CreateModelInvocationJob's answer.</summary>
    internal sealed class CreateModelInvocationJobResult
    {
        public string? JobArn { get; set; }
    }
}
