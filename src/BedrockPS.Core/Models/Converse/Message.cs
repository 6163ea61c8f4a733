using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>One turn of a conversation (wire Message): who spoke and the content blocks they sent, in order.</summary>
    public sealed class Message
    {
        /// <summary>user or assistant.</summary>
        public string Role { get; set; } = "user";

        /// <summary>The turn's blocks, in order; a message sent must have at least one.</summary>
        public List<ContentBlock> Content { get; set; } = new List<ContentBlock>();
    }
}
