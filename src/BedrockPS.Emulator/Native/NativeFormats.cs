using BedrockPS.Emulator.Catalog;

namespace BedrockPS.Emulator.Native
{
    /// <summary>The native format of each model family.</summary>
    internal static class NativeFormats
    {
        private static readonly INativeFormat Anthropic = new AnthropicMessagesFormat();
        private static readonly INativeFormat TitanText = new TitanTextFormat();
        private static readonly INativeFormat TitanEmbedding = new TitanEmbeddingFormat();
        private static readonly INativeFormat Nova = new NovaFormat();
        private static readonly INativeFormat Llama = new LlamaFormat();
        private static readonly INativeFormat Mistral = new MistralFormat();
        private static readonly INativeFormat Cohere = new CohereCommandRFormat();
        private static readonly INativeFormat CohereEmbedding = new CohereEmbeddingFormat();
        private static readonly INativeFormat Image = new ImageGenerationFormat();

        public static INativeFormat For(NativeFamily family)
        {
            switch (family)
            {
                case NativeFamily.AnthropicMessages: return Anthropic;
                case NativeFamily.TitanText: return TitanText;
                case NativeFamily.TitanEmbedding: return TitanEmbedding;
                case NativeFamily.Nova: return Nova;
                case NativeFamily.Llama: return Llama;
                case NativeFamily.Mistral: return Mistral;
                case NativeFamily.CohereCommandR: return Cohere;
                case NativeFamily.CohereEmbedding: return CohereEmbedding;
                default: return Image;
            }
        }
    }
}
