using System;
using System.Collections.Concurrent;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// What each model has shown it takes, learnt from the service's answers (never from a list): native outputConfig,
    /// forced tool use only, or neither. Process-wide, so one PowerShell session asks each model at most once.
    /// </summary>
    public static class StructuredOutputSupport
    {
        /// <summary>What a model was seen to take.</summary>
        public enum Kind
        {
            Unknown,
            Native,
            ToolOnly,
            None,
        }

        private static readonly ConcurrentDictionary<string, Kind> Learnt = new ConcurrentDictionary<string, Kind>(StringComparer.Ordinal);

        public static Kind For(string modelId) => Learnt.TryGetValue(modelId, out Kind kind) ? kind : Kind.Unknown;

        public static void Remember(string modelId, Kind kind)
        {
            if (string.IsNullOrEmpty(modelId) || kind == Kind.Unknown) return;
            // Native is only ever confirmed by a native answer; a later tool-mode success must not downgrade it.
            Learnt.AddOrUpdate(modelId, kind, (_, existing) => existing == Kind.Native && kind == Kind.ToolOnly ? existing : kind);
        }

        /// <summary>Forgets everything learnt (tests).</summary>
        public static void Reset() => Learnt.Clear();

        /// <summary>True when a ValidationException says the model does not take outputConfig.</summary>
        public static bool RefusesNative(BedrockServiceException exception) =>
            exception.ErrorCode == BedrockErrorCodes.Validation
            && (exception.Message ?? string.Empty).IndexOf("outputConfig", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>True when a ValidationException says the model does not take tools (or a forced tool choice).</summary>
        public static bool RefusesTools(BedrockServiceException exception)
        {
            if (exception.ErrorCode != BedrockErrorCodes.Validation) return false;
            string message = exception.Message ?? string.Empty;
            return message.IndexOf("tool use", StringComparison.OrdinalIgnoreCase) >= 0
                || message.IndexOf("toolChoice", StringComparison.OrdinalIgnoreCase) >= 0
                || message.IndexOf("toolConfig", StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
