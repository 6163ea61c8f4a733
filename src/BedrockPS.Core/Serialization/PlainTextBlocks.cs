using BedrockPS.Core.Models;

namespace BedrockPS.Core.Serialization
{
    /// <summary>
    /// Recognises the blocks that hold nothing but text, the common case that is written, read and copied by hand
    /// instead of through the serializer. A test pins the members of both block types, so a member added later
    /// cannot be lost by being left out of these checks.
    /// </summary>
    internal static class PlainTextBlocks
    {
        /// <summary>True when the block has text and no other member set.</summary>
        public static bool IsPlainText(ContentBlock? block)
        {
            return block != null && block.Text != null
                && block.Image == null && block.Document == null && block.Video == null && block.Audio == null
                && block.ToolUse == null && block.ToolResult == null && block.GuardContent == null && block.CachePoint == null
                && block.ReasoningContent == null && block.CitationsContent == null && block.SearchResult == null
                && block.ToolAddition == null && block.ToolRemoval == null;
        }

        /// <summary>True when the system block has text and no other member set.</summary>
        public static bool IsPlainText(SystemContentBlock? block)
        {
            return block != null && block.Text != null && block.GuardContent == null && block.CachePoint == null;
        }
    }
}
