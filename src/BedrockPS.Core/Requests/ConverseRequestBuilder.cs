using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Checks a <see cref="ConverseCallRequest"/> the way Bedrock would and builds what the conversation runner sends.
    /// Everything refused here throws <see cref="InvalidRequestException"/>, so nothing is sent for it.
    /// </summary>
    public static class ConverseRequestBuilder
    {
        /// <summary>Bedrock's largest request body (the InvokeModel limit); a longer prompt is refused before sending.</summary>
        public const int MaxPromptBytes = 25000000;

        /// <summary>Bedrock's limit on stop sequences.</summary>
        public const int MaxStopSequences = 2500;

        /// <summary>Builds the call; a schema goes the way <paramref name="structuredMode"/> says (Auto is not a way: pass Native or Tool).</summary>
        public static ConversationInput Build(ConverseCallRequest call, StructuredOutputMode structuredMode = StructuredOutputMode.Native)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            string message = call.Message ?? string.Empty;
            if (string.IsNullOrWhiteSpace(message))
                throw InvalidRequestException.InvalidInput("The prompt is empty; give the text to send with -Message.", "Message");
            if (message.Length > MaxPromptBytes / 4 && Encoding.UTF8.GetByteCount(message) > MaxPromptBytes)
            {
                throw InvalidRequestException.InvalidInput(
                    "The prompt is larger than Bedrock accepts (" + MaxPromptBytes.ToString("N0", CultureInfo.InvariantCulture) +
                    " bytes); shorten it or send the text as -Document.", "Message");
            }

            string modelId = ResolveModelId(call);
            var content = new List<ContentBlock>();
            if (call.ImagePaths != null && call.ImagePaths.Count > 0) content.AddRange(AttachmentLoader.LoadImages(call.ImagePaths));
            if (call.DocumentPaths != null && call.DocumentPaths.Count > 0) content.AddRange(AttachmentLoader.LoadDocuments(call.DocumentPaths));
            content.Add(ContentBlock.FromText(message));

            var request = new ConverseRequest
            {
                InferenceConfig = BuildInferenceConfig(call),
                GuardrailConfig = BuildGuardrailConfig(call),
            };
            // The call's own settings win, then the session's defaults, then the configured ones.
            ConverseDefaults defaults = call.Session?.Defaults ?? ConverseDefaults.None;
            bool cacheSystemPrompt = call.CacheSystemPrompt || defaults.CacheSystemPrompt;
            bool cacheTools = call.CacheTools || defaults.CacheTools;
            string? ttl = CheckedTtl(FirstGiven(call.CacheTtl, defaults.CacheTtl, call.DefaultCacheTtl));
            if (!string.IsNullOrWhiteSpace(call.System))
            {
                request.System = new List<SystemContentBlock> { SystemContentBlock.FromText(call.System!) };
                if (cacheSystemPrompt) request.System.Add(SystemContentBlock.FromCachePoint(ttl));
            }
            request.ServiceTier = CheckedTier(FirstGiven(call.ServiceTier, defaults.ServiceTier, call.DefaultServiceTier));
            request.PerformanceConfig = CheckedLatency(FirstGiven(call.Latency, defaults.Latency, null));
            request.RequestMetadata = CheckedMetadata(MergedMetadata(defaults.RequestMetadata, call.RequestMetadata));
            string? effortText = FirstGiven(call.Effort, defaults.Effort, null);
            if (effortText != null)
            {
                string effort = effortText.ToLowerInvariant();
                if (effort.Length > 16) throw InvalidRequestException.InvalidInput("-Effort is at most 16 characters (low, medium, high, ...); got '" + effortText + "'.", "Effort");
                request.OutputConfig = new OutputConfig { Effort = effort };
            }
            if (call.AdditionalModelRequestFields.HasValue)
            {
                if (call.AdditionalModelRequestFields.Value.ValueKind != JsonValueKind.Object)
                    throw InvalidRequestException.InvalidInput("-AdditionalModelRequestField must be a hashtable or a JSON object.", "AdditionalModelRequestField");
                request.AdditionalModelRequestFields = call.AdditionalModelRequestFields;
            }

            ToolChoice? choice = BuildToolChoice(call.ToolChoice);
            StructuredOutputSpec? structured = EffectiveStructuredOutput(call);
            if (structured != null && structuredMode == StructuredOutputMode.Tool && choice != null)
                throw InvalidRequestException.InvalidInput("-ToolChoice cannot be combined with -JsonSchema when the schema goes as a tool; drop -ToolChoice or use -StructuredOutputMode Native.", "ToolChoice");
            if (structured != null) ApplyStructuredOutput(request, structured, structuredMode);

            if (choice != null)
            {
                bool hasTools = (call.Tools != null && call.Tools.Count > 0) || (call.Session?.ToolCount ?? 0) > 0;
                if (!hasTools)
                    throw InvalidRequestException.InvalidInput("-ToolChoice needs tools: pass -Tool or use a session that has tools.", "ToolChoice");
                request.ToolConfig = new ToolConfiguration { ToolChoice = choice };
            }

            return new ConversationInput
            {
                ModelId = modelId,
                Session = call.Session,
                Message = new Message { Role = "user", Content = content },
                RequestTemplate = request,
                Tools = call.Tools != null && call.Tools.Count > 0 ? new List<ConversationTool>(call.Tools) : null,
                Stream = call.Stream,
                OnStreamEvent = call.OnStreamEvent,
                ToolInvoker = call.ToolInvoker,
                MaxToolRounds = call.MaxToolRounds,
                CacheTools = cacheTools,
                CacheSystemPrompt = cacheSystemPrompt,
                CacheTtl = ttl,
            };
        }

        /// <summary>The schema the answer must follow: the call's, else the session's default, else none.</summary>
        public static StructuredOutputSpec? EffectiveStructuredOutput(ConverseCallRequest call)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            return call.StructuredOutput ?? call.Session?.Defaults.StructuredOutput;
        }

        private static string? FirstGiven(string? call, string? session, string? configured) =>
            !string.IsNullOrWhiteSpace(call) ? call!.Trim() : !string.IsNullOrWhiteSpace(session) ? session!.Trim()
            : !string.IsNullOrWhiteSpace(configured) ? configured!.Trim() : null;

        /// <summary>The session's pairs with the call's on top (a call's key replaces the session's).</summary>
        private static IReadOnlyDictionary<string, string>? MergedMetadata(IReadOnlyDictionary<string, string>? session, IReadOnlyDictionary<string, string>? call)
        {
            if (session == null || session.Count == 0) return call;
            if (call == null || call.Count == 0) return session;
            var merged = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> pair in session) merged[pair.Key] = pair.Value;
            foreach (KeyValuePair<string, string> pair in call) merged[pair.Key] = pair.Value;
            return merged;
        }

        /// <summary>Service tiers, as the service names them.</summary>
        public static readonly IReadOnlyList<string> ServiceTiers = Array.AsReadOnly(new[] { "default", "priority", "flex", "reserved" });

        /// <summary>The request metadata limits of the service model: 1 to 16 pairs, keys 1-256 and values 0-256 characters of this set.</summary>
        public const int MaxMetadataPairs = 16;

        private static readonly System.Text.RegularExpressions.Regex MetadataCharacters =
            new System.Text.RegularExpressions.Regex(@"^[a-zA-Z0-9\s:_@$#=/+,\-.]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// Puts the schema in the request: a forced tool carrying it (Tool), or outputConfig.textFormat (Native; Auto
        /// counts as Native here). Shared by on-demand calls and batch records.
        /// </summary>
        public static void ApplyStructuredOutput(ConverseRequest request, StructuredOutputSpec structured, StructuredOutputMode mode)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (structured == null) throw new ArgumentNullException(nameof(structured));
            if (mode == StructuredOutputMode.Tool)
            {
                request.ToolConfig = new ToolConfiguration
                {
                    Tools = new List<Tool> { SchemaTool(structured) },
                    ToolChoice = ToolChoice.ForTool(structured.Name),
                };
                return;
            }
            request.OutputConfig ??= new OutputConfig();
            request.OutputConfig.TextFormat = new OutputFormat
            {
                Type = "json_schema",
                Structure = new OutputFormatStructure
                {
                    JsonSchema = new JsonSchemaDefinition
                    {
                        Schema = structured.ServiceSchema.GetRawText(),
                        Name = structured.Name,
                        Description = structured.Description,
                    },
                },
            };
        }

        private static Tool SchemaTool(StructuredOutputSpec structured) => new Tool
        {
            ToolSpec = new ToolSpecification
            {
                Name = structured.Name,
                Description = structured.Description ?? "Give the answer as this tool's input; it must follow the input schema.",
                InputSchema = structured.ServiceSchema,
            },
        };

        /// <summary>Checks a cache lifetime.</summary>
        /// <param name="ttl">5m or 1h, any case; blank means not set.</param>
        /// <returns>The lower-case value, or null when blank.</returns>
        /// <exception cref="InvalidRequestException">Any other value.</exception>
        public static string? CheckedTtl(string? ttl)
        {
            if (string.IsNullOrWhiteSpace(ttl)) return null;
            string value = ttl!.Trim().ToLowerInvariant();
            if (value != "5m" && value != "1h")
                throw InvalidRequestException.InvalidInput("-CacheTtl is 5m or 1h; got '" + ttl + "'.", "CacheTtl");
            return value;
        }

        /// <summary>Checks a service tier.</summary>
        /// <param name="tier">default, priority, flex or reserved, any case; blank means not set.</param>
        /// <returns>The wire object with the lower-case value, or null when blank.</returns>
        /// <exception cref="InvalidRequestException">Any other value.</exception>
        public static ServiceTier? CheckedTier(string? tier)
        {
            if (string.IsNullOrWhiteSpace(tier)) return null;
            string value = tier!.Trim().ToLowerInvariant();
            if (!ServiceTiers.Contains(value))
                throw InvalidRequestException.InvalidInput("-ServiceTier is Default, Priority, Flex or Reserved; got '" + tier + "'.", "ServiceTier");
            return new ServiceTier { Type = value };
        }

        /// <summary>Checks a latency mode.</summary>
        /// <param name="latency">standard or optimized, any case; blank means not set.</param>
        /// <returns>The wire object with the lower-case value, or null when blank.</returns>
        /// <exception cref="InvalidRequestException">Any other value.</exception>
        public static PerformanceConfiguration? CheckedLatency(string? latency)
        {
            if (string.IsNullOrWhiteSpace(latency)) return null;
            string value = latency!.Trim().ToLowerInvariant();
            if (value != "standard" && value != "optimized")
                throw InvalidRequestException.InvalidInput("-Latency is Standard or Optimized; got '" + latency + "'.", "Latency");
            return new PerformanceConfiguration { Latency = value };
        }

        /// <summary>Checks request metadata against the service's limits: at most 16 pairs, keys 1 to 256 and values 0 to 256 characters from letters, digits, spaces and : _ @ $ # = / + , - .</summary>
        /// <param name="metadata">The pairs; null values become empty strings.</param>
        /// <returns>A copy of the pairs, or null when there are none.</returns>
        /// <exception cref="InvalidRequestException">Too many pairs, or a key or value the service would refuse.</exception>
        public static Dictionary<string, string>? CheckedMetadata(IReadOnlyDictionary<string, string>? metadata)
        {
            if (metadata == null || metadata.Count == 0) return null;
            if (metadata.Count > MaxMetadataPairs)
                throw InvalidRequestException.InvalidInput("-RequestMetadata takes at most 16 pairs; got " + metadata.Count.ToString(CultureInfo.InvariantCulture) + ".", "RequestMetadata");
            var checkedPairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> pair in metadata)
            {
                string key = pair.Key ?? string.Empty;
                string value = pair.Value ?? string.Empty;
                if (key.Length < 1 || key.Length > 256 || !MetadataCharacters.IsMatch(key))
                    throw InvalidRequestException.InvalidInput("-RequestMetadata key '" + key + "' must be 1 to 256 letters, digits, spaces or : _ @ $ # = / + , - .", "RequestMetadata");
                if (value.Length > 256 || !MetadataCharacters.IsMatch(value))
                    throw InvalidRequestException.InvalidInput("-RequestMetadata value of '" + key + "' must be at most 256 letters, digits, spaces or : _ @ $ # = / + , - .", "RequestMetadata");
                checkedPairs[key] = value;
            }
            return checkedPairs;
        }

        /// <summary>The call's model, else the session's, else the configured default.</summary>
        public static string ResolveModelId(ConverseCallRequest call)
        {
            if (call == null) throw new ArgumentNullException(nameof(call));
            string? modelId = !string.IsNullOrWhiteSpace(call.ModelId) ? call.ModelId!.Trim()
                : !string.IsNullOrWhiteSpace(call.Session?.ModelId) ? call.Session!.ModelId
                : call.DefaultModelId;
            if (string.IsNullOrWhiteSpace(modelId))
            {
                throw InvalidRequestException.InvalidInput(
                    "No model id: pass -ModelId (see Get-BedrockModel), use a -Session that has one, or set a default with Set-BedrockConfiguration -DefaultModelId.",
                    "ModelId");
            }
            return modelId!;
        }

        private static InferenceConfiguration? BuildInferenceConfig(ConverseCallRequest call)
        {
            if (call.MaxTokens.HasValue && call.MaxTokens.Value < 1)
                throw InvalidRequestException.InvalidInput("-MaxTokens must be 1 or more; got " + call.MaxTokens.Value.ToString(CultureInfo.InvariantCulture) + ".", "MaxTokens");
            CheckUnitRange(call.Temperature, "Temperature");
            CheckUnitRange(call.TopP, "TopP");
            if (call.StopSequences != null && call.StopSequences.Count > MaxStopSequences)
                throw InvalidRequestException.InvalidInput("Bedrock accepts at most " + MaxStopSequences.ToString(CultureInfo.InvariantCulture) + " stop sequences.", "StopSequence");
            bool hasStops = call.StopSequences != null && call.StopSequences.Count > 0;
            if (!call.MaxTokens.HasValue && !call.Temperature.HasValue && !call.TopP.HasValue && !hasStops) return null;
            return new InferenceConfiguration
            {
                MaxTokens = call.MaxTokens,
                Temperature = call.Temperature,
                TopP = call.TopP,
                StopSequences = hasStops ? new List<string>(call.StopSequences!) : null,
            };
        }

        private static void CheckUnitRange(float? value, string parameter)
        {
            if (value.HasValue && (value.Value < 0 || value.Value > 1 || float.IsNaN(value.Value)))
                throw InvalidRequestException.InvalidInput("-" + parameter + " must be between 0 and 1; got " + value.Value.ToString(CultureInfo.InvariantCulture) + ".", parameter);
        }

        private static GuardrailConfiguration? BuildGuardrailConfig(ConverseCallRequest call)
        {
            bool hasId = !string.IsNullOrWhiteSpace(call.GuardrailIdentifier);
            bool hasVersion = !string.IsNullOrWhiteSpace(call.GuardrailVersion);
            if (!hasId && !hasVersion)
            {
                if (call.GuardrailTrace != null)
                    throw InvalidRequestException.InvalidInput("-GuardrailTrace needs -GuardrailIdentifier and -GuardrailVersion.", "GuardrailTrace");
                return null;
            }
            if (hasId != hasVersion)
                throw InvalidRequestException.InvalidInput("-GuardrailIdentifier and -GuardrailVersion go together; give both (the version is DRAFT or a number).", "GuardrailVersion");
            return new GuardrailConfiguration
            {
                GuardrailIdentifier = call.GuardrailIdentifier!.Trim(),
                GuardrailVersion = call.GuardrailVersion!.Trim(),
                Trace = call.GuardrailTrace?.ToLowerInvariant(),
            };
        }

        private static ToolChoice? BuildToolChoice(string? toolChoice)
        {
            if (string.IsNullOrWhiteSpace(toolChoice)) return null;
            string value = toolChoice!.Trim();
            if (string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase)) return ToolChoice.ForAuto();
            if (string.Equals(value, "any", StringComparison.OrdinalIgnoreCase)) return ToolChoice.ForAny();
            return ToolChoice.ForTool(value);
        }
    }
}
