using System.Collections.Generic;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>Splits a response into the ConverseStream events the service would send for it (text in word-sized deltas).</summary>
    internal static class StreamEvents
    {
        internal static IEnumerable<ConverseStreamEvent> From(ConverseResponse response)
        {
            yield return new ConverseStreamEvent { Kind = "messageStart", MessageStart = new MessageStartEvent { Role = "assistant" }, RequestId = response.RequestId };
            var content = response.Output!.Message!.Content;
            for (int index = 0; index < content.Count; index++)
            {
                ContentBlock block = content[index];
                if (block.ToolUse != null)
                {
                    yield return new ConverseStreamEvent
                    {
                        Kind = "contentBlockStart",
                        ContentBlockStart = new ContentBlockStartEvent
                        {
                            ContentBlockIndex = index,
                            Start = new ContentBlockStart { ToolUse = new ToolUseBlockStart { ToolUseId = block.ToolUse.ToolUseId, Name = block.ToolUse.Name } },
                        },
                    };
                    string input = block.ToolUse.Input?.GetRawText() ?? "{}";
                    int half = input.Length / 2;
                    foreach (string part in new[] { input.Substring(0, half), input.Substring(half) })
                    {
                        yield return Delta(index, new ContentBlockDelta { ToolUse = new ToolUseBlockDelta { Input = part } });
                    }
                }
                else if (block.Text != null)
                {
                    foreach (string word in SplitWords(block.Text))
                    {
                        yield return Delta(index, new ContentBlockDelta { Text = word });
                    }
                }

                yield return new ConverseStreamEvent { Kind = "contentBlockStop", ContentBlockStop = new ContentBlockStopEvent { ContentBlockIndex = index } };
            }

            yield return new ConverseStreamEvent { Kind = "messageStop", MessageStop = new MessageStopEvent { StopReason = response.StopReason } };
            yield return new ConverseStreamEvent { Kind = "metadata", Metadata = new ConverseStreamMetadataEvent { Usage = response.Usage, Metrics = response.Metrics } };
        }

        private static ConverseStreamEvent Delta(int index, ContentBlockDelta delta) =>
            new ConverseStreamEvent { Kind = "contentBlockDelta", ContentBlockDelta = new ContentBlockDeltaEvent { ContentBlockIndex = index, Delta = delta } };

        private static IEnumerable<string> SplitWords(string text)
        {
            int start = 0;
            for (int i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == ' ')
                {
                    yield return text.Substring(start, i - start);
                    start = i;
                }
            }
        }
    }
}
