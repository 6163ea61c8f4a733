using System;
using System.Collections.Concurrent;

namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>
    /// What each model has shown it takes, learnt from the service's answers (never from a list): native outputConfig,
    /// forced tool use only, or neither. Process-wide, so one PowerShell session asks each model at most once.
    /// </summary>
    internal static class StructuredOutputSupport
    {
        /// <summary>What a model was seen to take.</summary>
        public enum Kind
        {
            /// <summary>Nothing learnt yet: try native first.</summary>
            Unknown,
            /// <summary>The model took outputConfig and answered with it.</summary>
            Native,
            /// <summary>The model refused outputConfig but answers through a forced tool.</summary>
            ToolOnly,
            /// <summary>The model refused both.</summary>
            None,
        }

        private static readonly ConcurrentDictionary<string, Kind> Learnt = new ConcurrentDictionary<string, Kind>(StringComparer.Ordinal);

        /// <summary>What the model was seen to take in this process.</summary>
        /// <param name="modelId">The model id exactly as called (a profile id is learnt apart from its model).</param>
        /// <returns><see cref="Kind.Unknown"/> when nothing was learnt.</returns>
        public static Kind For(string modelId) => Learnt.TryGetValue(modelId, out Kind kind) ? kind : Kind.Unknown;

        /// <summary>Records what a model was seen to take. Unknown and empty ids are ignored; a model known to be native is not downgraded to tool-only.</summary>
        /// <param name="modelId">The model id exactly as called.</param>
        /// <param name="kind">What it was seen to take.</param>
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
