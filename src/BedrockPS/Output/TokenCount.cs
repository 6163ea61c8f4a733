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

        /// <summary>The model whose tokenizer counted.</summary>
        public string ModelId { get; }

        /// <summary>The input tokens the request would use, as the service counts them.</summary>
        public int InputTokens { get; }

        /// <summary>The pipeline object that was measured, when there was one.</summary>
        public object? Input { get; }

        /// <summary>The token count.</summary>
        public override string ToString() => InputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
