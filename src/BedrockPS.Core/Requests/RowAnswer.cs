using System.Text.Json;
using BedrockPS.Core.Conversations;

namespace BedrockPS.Core.Requests
{
    /// <summary>What running one row gave: the conversation outcome and, for a schema, the validated data.</summary>
    internal sealed class RowAnswer
    {
        public RowAnswer(ConversationOutcome outcome, JsonElement? data)
        {
            Outcome = outcome;
            Data = data;
        }

        public ConversationOutcome Outcome { get; }

        public JsonElement? Data { get; }
    }
}
