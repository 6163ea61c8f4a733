namespace BedrockPS
{
    /// <summary>The number of input tokens a request would use (Measure-BedrockToken).</summary>
    public sealed class TokenCount
    {
        internal TokenCount(string modelId, int inputTokens, object? input)
        {
            ModelId = modelId;
            InputTokens = inputTokens;
            Input = input;
        }

        public string ModelId { get; }

        public int InputTokens { get; }

        /// <summary>The pipeline object that was measured, when there was one.</summary>
        public object? Input { get; }

        public override string ToString() => InputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
