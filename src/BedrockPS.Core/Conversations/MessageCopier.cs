using System.Collections.Generic;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Conversations
{
    /// <summary>
    /// Deep copies of messages: a copy shares no list, block or byte array with its source, so what a caller does to
    /// a message it was handed never reaches a conversation's history. Text blocks are copied directly (a string
    /// cannot change); every other block goes through its wire form, which copies whatever it holds.
    /// </summary>
    internal static class MessageCopier
    {
        /// <summary>A deep copy of one message.</summary>
        /// <param name="message">The message to copy; must not be null.</param>
        /// <returns>A message that shares nothing with <paramref name="message"/>.</returns>
        public static Message Copy(Message message)
        {
            if (message.Content == null)
            {
                return new Message { Role = message.Role, Content = null! };
            }
            var content = new List<ContentBlock>(message.Content.Count);
            foreach (ContentBlock block in message.Content)
            {
                content.Add(PlainTextBlocks.IsPlainText(block) ? ContentBlock.FromText(block.Text!) : CopyThroughWireForm(block));
            }
            return new Message { Role = message.Role, Content = content };
        }

        /// <summary>Deep copies of several messages, in order.</summary>
        /// <param name="messages">The messages to copy.</param>
        /// <returns>A new list of copies.</returns>
        public static List<Message> CopyAll(IEnumerable<Message> messages)
        {
            var copies = new List<Message>();
            foreach (Message message in messages) copies.Add(Copy(message));
            return copies;
        }

        private static ContentBlock CopyThroughWireForm(ContentBlock block)
        {
            return BedrockJson.Deserialize<ContentBlock>(BedrockJson.SerializeToUtf8Bytes(block))!;
        }
    }
}
