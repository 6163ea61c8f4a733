using System;
using System.Linq;
using System.Reflection;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Tests.Serialization
{
    /// <summary>
    /// Pins the members of both block types: a block with text and any other member set is not plain text, so
    /// nothing of it can be dropped by the hand-written writer, reader or copier, even for a member added later.
    /// </summary>
    public sealed class PlainTextBlocksTests
    {
        [Fact]
        public void Text_alone_is_plain_and_text_with_any_other_content_block_member_is_not()
        {
            Assert.True(PlainTextBlocks.IsPlainText(ContentBlock.FromText("")));
            Assert.False(PlainTextBlocks.IsPlainText(new ContentBlock()));
            Assert.False(PlainTextBlocks.IsPlainText((ContentBlock?)null));
            foreach (PropertyInfo property in OtherMembers(typeof(ContentBlock)))
            {
                var block = ContentBlock.FromText("text");
                property.SetValue(block, Activator.CreateInstance(property.PropertyType));
                Assert.False(PlainTextBlocks.IsPlainText(block), property.Name);
            }
        }

        [Fact]
        public void Text_alone_is_plain_and_text_with_any_other_system_block_member_is_not()
        {
            Assert.True(PlainTextBlocks.IsPlainText(SystemContentBlock.FromText("")));
            Assert.False(PlainTextBlocks.IsPlainText(new SystemContentBlock()));
            foreach (PropertyInfo property in OtherMembers(typeof(SystemContentBlock)))
            {
                var block = SystemContentBlock.FromText("text");
                property.SetValue(block, Activator.CreateInstance(property.PropertyType));
                Assert.False(PlainTextBlocks.IsPlainText(block), property.Name);
            }
        }

        private static PropertyInfo[] OtherMembers(Type type)
        {
            PropertyInfo[] members = type.GetProperties().Where(p => p.SetMethod != null && p.Name != "Text").ToArray();
            Assert.NotEmpty(members);
            return members;
        }
    }
}
