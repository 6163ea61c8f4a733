using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BedrockPS.Core.BatchInference;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using BedrockPS.Core.StructuredOutput;

namespace BedrockPS.Core.Tests.BatchJobs
{
    public sealed class BatchSchemaHeaderTests : IDisposable
    {
        private const string Schema = "{\"type\":\"object\",\"properties\":{\"priority\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"priority\"]}";
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-schema-" + Guid.NewGuid().ToString("N"));

        private static BatchSchemaHeader Header(StructuredOutputMode mode) =>
            new BatchSchemaHeader(JsonDocument.Parse(Schema).RootElement, "ticket", "A support ticket", mode);

        private static ConversationOutcome Answer(string text, ToolUseBlock? use = null)
        {
            var content = new List<ContentBlock> { ContentBlock.FromText(text) };
            var message = new Message { Role = "assistant", Content = content };
            var response = new ConverseResponse { Output = new ConverseOutput { Message = message } };
            var uses = use != null ? new List<ToolUseBlock> { use } : new List<ToolUseBlock>();
            return new ConversationOutcome("m", response, new[] { message }, uses, 1, false, new TokenUsage(), 0, null);
        }

        [Fact]
        public void The_header_is_the_first_manifest_line_of_every_job_and_reads_back_the_same()
        {
            using var writer = new BatchInputWriter(folder, new BatchQuotas { MaximumRecordsPerJob = 2 }) { Schema = Header(StructuredOutputMode.Tool) };
            for (int i = 0; i < 3; i++)
            {
                writer.Add(new BatchRow(new ConverseRequest { Messages = new List<Message> { new Message { Role = "user", Content = new List<ContentBlock> { ContentBlock.FromText("p" + i) } } } }, "{}"));
            }
            var plan = writer.Complete();

            foreach (var job in plan.Jobs)
            {
                var lines = File.ReadAllLines(job.ManifestPath!);
                Assert.Equal(job.Records + 1, lines.Length);
                Assert.True(BatchSchemaHeader.TryParse(lines[0], out var read));
                Assert.Equal("ticket", read!.Name);
                Assert.Equal(StructuredOutputMode.Tool, read.Mode);
                Assert.Equal(1, read.Schema.GetProperty("properties").GetProperty("priority").GetProperty("minimum").GetInt32());
                Assert.False(BatchSchemaHeader.TryParse(lines[1], out _));
            }
            Assert.Equal(3, plan.Records);
        }

        [Fact]
        public void A_native_answer_is_checked_once_keeping_the_raw_text_when_it_breaks_the_schema()
        {
            var header = Header(StructuredOutputMode.Native);

            var data = header.Check(Answer("{\"priority\":2}"), out var none);
            var broken = header.Check(Answer("{\"priority\":0}"), out var problem);

            Assert.Null(none);
            Assert.Equal(2, data!.Value.GetProperty("priority").GetInt32());
            Assert.Null(broken);
            Assert.Equal(StructuredOutputException.InvalidOutputId, problem!.ErrorId);
            Assert.Equal("{\"priority\":0}", problem.RawText);
            Assert.Contains("no repair round", problem.Message);
        }

        [Fact]
        public void A_tool_answer_is_read_from_the_schema_tool_and_text_instead_of_the_tool_is_an_error()
        {
            var header = Header(StructuredOutputMode.Tool);
            var use = new ToolUseBlock { ToolUseId = "t1", Name = "ticket", Input = JsonDocument.Parse("{\"priority\":5}").RootElement };

            var data = header.Check(Answer("", use), out var none);
            header.Check(Answer("priority five"), out var problem);

            Assert.Null(none);
            Assert.Equal(5, data!.Value.GetProperty("priority").GetInt32());
            Assert.Equal("priority five", problem!.RawText);
        }

        [Fact]
        public void Auto_is_refused_because_a_batch_record_is_sent_one_way()
        {
            Assert.Throws<ArgumentException>(() => Header(StructuredOutputMode.Auto));
        }

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
