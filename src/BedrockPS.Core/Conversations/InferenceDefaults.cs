using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Conversations
{
    /// <summary>Combines a call's sampling settings with the session's, setting by setting.</summary>
    internal static class InferenceDefaults
    {
        /// <summary>
        /// Each setting the call gives wins; the others come from the session. So <c>-Temperature 0.2</c> on a session
        /// created with <c>-MaxTokens 500</c> sends both, rather than dropping the session's token limit.
        /// </summary>
        internal static InferenceConfiguration? Apply(InferenceConfiguration? call, InferenceConfiguration? session)
        {
            if (call == null || session == null)
            {
                return call ?? session;
            }

            return new InferenceConfiguration
            {
                MaxTokens = call.MaxTokens ?? session.MaxTokens,
                Temperature = call.Temperature ?? session.Temperature,
                TopP = call.TopP ?? session.TopP,
                StopSequences = call.StopSequences ?? (session.StopSequences == null ? null : new List<string>(session.StopSequences)),
            };
        }
    }
}
