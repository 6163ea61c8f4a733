namespace BedrockPS.Emulator.Native
{
    /// <summary>
    /// The native request bodies each text family accepts: the members of the AWS model-parameter pages
    /// (model-parameters-anthropic-claude-messages, -titan-text, -meta, -mistral-*, -cohere-command-r-plus, Nova's
    /// complete request schema), with their documented ranges. Anything else is refused as the service refuses it.
    /// </summary>
    internal static class NativeBodyShapes
    {
        public static readonly NativeBodyShape Anthropic = new NativeBodyShape()
            .Required("anthropic_version", "String")
            .Required("max_tokens", "Integer", min: 1)
            .Required("messages", "JSONArray", shape: new NativeBodyShape().Required("role", "String").Required("content", "Any"))
            .Optional("anthropic_beta", "JSONArray")
            .Optional("system", "Any")
            .Optional("temperature", "Number", 0, 1)
            .Optional("top_p", "Number", 0, 1)
            .Optional("top_k", "Integer", 0, 500)
            .Optional("stop_sequences", "JSONArray")
            .Optional("tools", "JSONArray")
            .Optional("tool_choice", "JSONObject")
            .Optional("thinking", "JSONObject")
            .Optional("output_config", "JSONObject")
            .Optional("output_format", "JSONObject");

        public static readonly NativeBodyShape Nova = new NativeBodyShape()
            .Required("messages", "JSONArray")
            .Optional("schemaVersion", "String")
            .Optional("system", "JSONArray")
            .Optional("toolConfig", "JSONObject")
            .Optional("inferenceConfig", "JSONObject", shape: new NativeBodyShape()
                .Optional("maxTokens", "Integer", min: 1)
                .Optional("max_new_tokens", "Integer", min: 1)
                .Optional("temperature", "Number", 0, 1)
                .Optional("topP", "Number", 0, 1)
                .Optional("topK", "Integer", min: 0)
                .Optional("stopSequences", "JSONArray")
                .Optional("reasoningConfig", "JSONObject"));

        public static readonly NativeBodyShape TitanText = new NativeBodyShape()
            .Required("inputText", "String")
            .Optional("textGenerationConfig", "JSONObject", shape: new NativeBodyShape()
                .Optional("temperature", "Number", 0, 1)
                .Optional("topP", "Number", 0, 1)
                .Optional("maxTokenCount", "Integer", min: 0)
                .Optional("stopSequences", "JSONArray"));

        public static readonly NativeBodyShape Llama = new NativeBodyShape()
            .Required("prompt", "String")
            .Optional("temperature", "Number", 0, 1)
            .Optional("top_p", "Number", 0, 1)
            .Optional("max_gen_len", "Integer", min: 1)
            .Optional("images", "JSONArray");

        public static readonly NativeBodyShape Mistral = new NativeBodyShape()
            .Optional("prompt", "String")
            .Optional("messages", "JSONArray")
            .Optional("max_tokens", "Integer", min: 1)
            .Optional("stop", "JSONArray")
            .Optional("temperature", "Number", 0, 1)
            .Optional("top_p", "Number", 0, 1)
            .Optional("top_k", "Integer", min: 0)
            .Optional("tools", "JSONArray")
            .Optional("tool_choice", "Any")
            .Optional("response_format", "JSONObject");

        public static readonly NativeBodyShape CohereCommandR = new NativeBodyShape()
            .Required("message", "String")
            .Optional("chat_history", "JSONArray")
            .Optional("documents", "JSONArray")
            .Optional("search_queries_only", "Boolean")
            .Optional("preamble", "String")
            .Optional("max_tokens", "Integer", min: 1)
            .Optional("temperature", "Number", 0, 1)
            .Optional("p", "Number", 0, 0.99)
            .Optional("k", "Number", 0, 500)
            .Optional("prompt_truncation", "String")
            .Optional("frequency_penalty", "Number", 0, 1)
            .Optional("presence_penalty", "Number", 0, 1)
            .Optional("seed", "Integer")
            .Optional("return_prompt", "Boolean")
            .Optional("tools", "JSONArray")
            .Optional("tool_results", "JSONArray")
            .Optional("stop_sequences", "JSONArray")
            .Optional("raw_prompting", "Boolean");
    }
}
