namespace BedrockPS.Emulator.Catalog
{
    /// <summary>The native InvokeModel body format a model speaks.</summary>
    internal enum NativeFamily
    {
        AnthropicMessages,
        TitanText,
        TitanEmbedding,
        Nova,
        Llama,
        Mistral,
        CohereCommandR,
        CohereEmbedding,
        ImageGeneration,
    }
}
