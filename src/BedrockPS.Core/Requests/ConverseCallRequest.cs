using System;
using System.Collections.Generic;
using System.Text.Json;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// One prompt as a caller bound it (a command line or a CSV row): plain values, nothing checked yet.
    /// <see cref="ConverseRequestBuilder"/> checks it and builds the conversation input; <see cref="ConversePipeline"/> runs it.
    /// </summary>
    public sealed class ConverseCallRequest
    {
        /// <summary>The object this prompt came from (a CSV row, a string); handed back untouched with the result.</summary>
        public object? Input { get; set; }

        /// <summary>The user's prompt text; required (a blank prompt is refused), attachments go before it.</summary>
        public string? Message { get; set; }

        /// <summary>The model to call; when blank, the session's model, then <see cref="DefaultModelId"/>.</summary>
        public string? ModelId { get; set; }

        /// <summary>The configured default model, used when neither the call nor the session names one.</summary>
        public string? DefaultModelId { get; set; }

        /// <summary>The conversation to continue; its turns run one at a time, in order.</summary>
        public Conversation? Session { get; set; }

        /// <summary>System prompt for this call; null uses the session's.</summary>
        public string? System { get; set; }

        /// <summary>Full paths of images to attach (format from the extension).</summary>
        public IReadOnlyList<string>? ImagePaths { get; set; }

        /// <summary>Full paths of documents to attach (format from the extension).</summary>
        public IReadOnlyList<string>? DocumentPaths { get; set; }

        /// <summary>Most tokens the answer may have (at least 1). The four sampling settings travel together: when any is given, the session's are not used for this call.</summary>
        public int? MaxTokens { get; set; }

        /// <summary>Randomness, 0 to 1; null leaves it to the model (or the session, when no sampling setting is given).</summary>
        public float? Temperature { get; set; }

        /// <summary>Nucleus sampling share, 0 to 1; null leaves it to the model (or the session, when no sampling setting is given).</summary>
        public float? TopP { get; set; }

        /// <summary>Strings that end generation (at most 2,500); null or empty sends none.</summary>
        public IReadOnlyList<string>? StopSequences { get; set; }

        /// <summary>Model-specific request fields; must be a JSON object.</summary>
        public JsonElement? AdditionalModelRequestFields { get; set; }

        /// <summary>Tools offered on top of the session's.</summary>
        public IReadOnlyList<ConversationTool>? Tools { get; set; }

        /// <summary>auto, any, or the name of one tool the model must use.</summary>
        public string? ToolChoice { get; set; }

        /// <summary>Guardrail id or ARN to apply; must be given together with <see cref="GuardrailVersion"/>.</summary>
        public string? GuardrailIdentifier { get; set; }

        /// <summary>Guardrail version number or DRAFT; must be given together with <see cref="GuardrailIdentifier"/>.</summary>
        public string? GuardrailVersion { get; set; }

        /// <summary>enabled, disabled or enabled_full.</summary>
        public string? GuardrailTrace { get; set; }

        /// <summary>Use ConverseStream.</summary>
        public bool Stream { get; set; }

        /// <summary>Called for every stream event as it arrives, on the stream's thread.</summary>
        public Action<ConverseStreamEvent>? OnStreamEvent { get; set; }

        /// <summary>Runs the tools the model asks for; null means tools are never run.</summary>
        public IToolInvoker? ToolInvoker { get; set; }

        /// <summary>How many times tools may be run within this turn before the exchange stops (default 8).</summary>
        public int MaxToolRounds { get; set; } = 8;

        /// <summary>The schema the answer must follow; the result then carries the parsed, validated data.</summary>
        public StructuredOutputSpec? StructuredOutput { get; set; }

        /// <summary>default, priority, flex or reserved (any case).</summary>
        public string? ServiceTier { get; set; }

        /// <summary>standard or optimized (any case).</summary>
        public string? Latency { get; set; }

        /// <summary>How much effort the model spends (outputConfig.effort), e.g. low, medium, high.</summary>
        public string? Effort { get; set; }

        /// <summary>Key/value pairs recorded with the call in invocation logs (cost allocation).</summary>
        public IReadOnlyDictionary<string, string>? RequestMetadata { get; set; }

        /// <summary>Put a cache point after the system prompt.</summary>
        public bool CacheSystemPrompt { get; set; }

        /// <summary>Put a cache point after the tool list.</summary>
        public bool CacheTools { get; set; }

        /// <summary>5m or 1h; null for the session's default, then <see cref="DefaultCacheTtl"/>, then the service's (5m).</summary>
        public string? CacheTtl { get; set; }

        /// <summary>The configured service tier, used when neither the call nor the session gives one.</summary>
        public string? DefaultServiceTier { get; set; }

        /// <summary>The configured cache lifetime, used when neither the call nor the session gives one.</summary>
        public string? DefaultCacheTtl { get; set; }
    }
}
