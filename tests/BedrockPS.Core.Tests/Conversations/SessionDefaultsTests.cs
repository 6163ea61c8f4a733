using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Core.StructuredOutput;
using Xunit;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>A session's request defaults: how calls use them and how session files keep them.</summary>
    public class SessionDefaultsTests
    {
        private const string TicketSchema = """{"type":"object","properties":{"category":{"type":"string","enum":["billing","bug"]},"urgent":{"type":"boolean"}},"required":["category","urgent"],"additionalProperties":false}""";

        private static StructuredOutputSpec Ticket(StructuredOutputMode mode = StructuredOutputMode.Auto)
        {
            using JsonDocument schema = JsonDocument.Parse(TicketSchema);
            return StructuredOutputSpec.FromSchema(schema.RootElement, "ticket", "A support ticket", mode);
        }

        private static ConverseDefaults FullDefaults() => new ConverseDefaults(Ticket(StructuredOutputMode.Tool), "flex", "optimized", "low",
            cacheSystemPrompt: true, cacheTools: true, cacheTtl: "1h", requestMetadata: new Dictionary<string, string> { ["team"] = "support", ["run"] = "42" });

        private static Conversation RoundTrip(Conversation conversation, out JsonDocument file)
        {
            using var stream = new MemoryStream();
            SessionFileWriter.Write(conversation, stream);
            byte[] bytes = stream.ToArray();
            file = JsonDocument.Parse(bytes);
            return SessionFileReader.Read(bytes);
        }

        [Fact]
        public void Defaults_survive_a_session_file_and_the_schema_still_checks_answers()
        {
            var conversation = new Conversation("model-a", "Sort tickets.") { Defaults = FullDefaults() };

            Conversation read = RoundTrip(conversation, out JsonDocument file);

            using (file)
            {
                Assert.Equal(2, file.RootElement.GetProperty("formatVersion").GetInt32());
                Assert.Equal("flex", file.RootElement.GetProperty("defaults").GetProperty("serviceTier").GetString());
            }
            ConverseDefaults d = read.Defaults;
            Assert.Equal("flex", d.ServiceTier);
            Assert.Equal("optimized", d.Latency);
            Assert.Equal("low", d.Effort);
            Assert.True(d.CacheSystemPrompt);
            Assert.True(d.CacheTools);
            Assert.Equal("1h", d.CacheTtl);
            Assert.Equal(new[] { "run=42", "team=support" }, d.RequestMetadata!.Select(p => p.Key + "=" + p.Value).OrderBy(x => x));
            Assert.NotNull(d.StructuredOutput);
            Assert.Equal("ticket", d.StructuredOutput!.Name);
            Assert.Equal("A support ticket", d.StructuredOutput.Description);
            Assert.Equal(StructuredOutputMode.Tool, d.StructuredOutput.Mode);
            using JsonDocument good = JsonDocument.Parse("""{"category":"bug","urgent":true}""");
            using JsonDocument bad = JsonDocument.Parse("""{"category":"weather","urgent":true}""");
            Assert.True(d.StructuredOutput.Validator.IsValid(good.RootElement));
            Assert.False(d.StructuredOutput.Validator.IsValid(bad.RootElement));
            Assert.Equal(Ticket().ServiceSchema.GetRawText(), d.StructuredOutput.ServiceSchema.GetRawText());
        }

        [Fact]
        public void A_session_without_defaults_is_written_as_version_1_without_a_defaults_member()
        {
            var conversation = new Conversation("model-a");

            Conversation read = RoundTrip(conversation, out JsonDocument file);

            using (file)
            {
                Assert.Equal(1, file.RootElement.GetProperty("formatVersion").GetInt32());
                Assert.False(file.RootElement.TryGetProperty("defaults", out _));
            }
            Assert.True(read.Defaults.IsEmpty);
            Assert.Same(ConverseDefaults.None, read.Defaults);
        }

        [Fact]
        public void An_older_file_without_defaults_still_imports()
        {
            byte[] older = Encoding.UTF8.GetBytes("""{"formatVersion":1,"modelId":"m","system":null,"tools":[],"turns":1,"messages":[{"role":"user","content":[{"text":"hi"}]},{"role":"assistant","content":[{"text":"hello"}]}]}""");

            Conversation read = SessionFileReader.Read(older);

            Assert.Equal("m", read.ModelId);
            Assert.Equal(2, read.MessageCount);
            Assert.True(read.Defaults.IsEmpty);
        }

        [Theory]
        [InlineData("""{"serviceTier":"platinum"}""", "ServiceTier")]
        [InlineData("""{"cacheTtl":"2d"}""", "CacheTtl")]
        [InlineData("""{"latency":"fast"}""", "Latency")]
        [InlineData("""{"cacheTools":"yes"}""", "cacheTools")]
        [InlineData("""{"requestMetadata":{"a":1}}""", "requestMetadata")]
        [InlineData("""{"jsonSchema":{"type":"object"},"schemaName":"bad name!"}""", "schemaName")]
        [InlineData("""{"jsonSchema":{"type":"object"},"schemaName":"t","structuredOutputMode":"Sometimes"}""", "structuredOutputMode")]
        [InlineData("""{"jsonSchema":"not an object","schemaName":"t"}""", "jsonSchema")]
        [InlineData("""{"jsonSchema":{"type":"nonsense"},"schemaName":"t"}""", "jsonSchema")]
        public void A_hand_edited_default_a_request_would_refuse_is_a_session_file_error(string defaults, string named)
        {
            byte[] file = Encoding.UTF8.GetBytes("""{"formatVersion":2,"modelId":"m","defaults":""" + defaults + ""","messages":[]}""");

            SessionFileException error = Assert.Throws<SessionFileException>(() => SessionFileReader.Read(file));

            Assert.Contains(named, error.Message, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void A_file_newer_than_the_module_is_refused()
        {
            byte[] file = Encoding.UTF8.GetBytes("""{"formatVersion":3,"messages":[]}""");

            Assert.Throws<SessionFileException>(() => SessionFileReader.Read(file));
        }

        [Fact]
        public void Clone_and_clear_keep_the_defaults()
        {
            ConverseDefaults defaults = FullDefaults();
            var conversation = new Conversation("m") { Defaults = defaults };

            conversation.Clear();

            Assert.Same(defaults, conversation.Defaults);
            Assert.Same(defaults, conversation.Clone().Defaults);
        }

        [Fact]
        public void A_turn_takes_the_sessions_defaults_when_the_call_gives_none()
        {
            var session = new Conversation("m", "Sort tickets.") { Defaults = FullDefaults() };
            var call = new ConverseCallRequest { Message = "The invoice is wrong", Session = session, DefaultServiceTier = "priority", DefaultCacheTtl = "5m" };

            ConversationInput input = ConverseRequestBuilder.Build(call, StructuredOutputMode.Tool);

            ConverseRequest request = input.RequestTemplate!;
            Assert.Equal("flex", request.ServiceTier!.Type);
            Assert.Equal("optimized", request.PerformanceConfig!.Latency);
            Assert.Equal("low", request.OutputConfig!.Effort);
            Assert.Equal("support", request.RequestMetadata!["team"]);
            Assert.True(input.CacheSystemPrompt);
            Assert.True(input.CacheTools);
            Assert.Equal("1h", input.CacheTtl);
            Assert.Equal("ticket", request.ToolConfig!.Tools![0].ToolSpec!.Name);
            Assert.Same(session.Defaults.StructuredOutput, ConverseRequestBuilder.EffectiveStructuredOutput(call));
        }

        [Fact]
        public void The_calls_own_settings_win_over_the_sessions_and_metadata_merges_by_key()
        {
            var session = new Conversation("m", "Sort tickets.") { Defaults = FullDefaults() };
            StructuredOutputSpec own = Ticket(StructuredOutputMode.Native).WithMode(StructuredOutputMode.Native);
            var call = new ConverseCallRequest
            {
                Message = "hi", Session = session, ServiceTier = "priority", Latency = "standard", Effort = "high", CacheTtl = "5m",
                RequestMetadata = new Dictionary<string, string> { ["team"] = "sales" }, StructuredOutput = own,
            };

            ConversationInput input = ConverseRequestBuilder.Build(call, StructuredOutputMode.Native);

            ConverseRequest request = input.RequestTemplate!;
            Assert.Equal("priority", request.ServiceTier!.Type);
            Assert.Equal("standard", request.PerformanceConfig!.Latency);
            Assert.Equal("high", request.OutputConfig!.Effort);
            Assert.Equal("5m", input.CacheTtl);
            Assert.Equal("sales", request.RequestMetadata!["team"]);
            Assert.Equal("42", request.RequestMetadata["run"]);
            Assert.Same(own, ConverseRequestBuilder.EffectiveStructuredOutput(call));
            Assert.Equal("json_schema", request.OutputConfig.TextFormat!.Type);
        }

        [Fact]
        public void The_configured_defaults_apply_only_when_neither_call_nor_session_gives_one()
        {
            var call = new ConverseCallRequest { Message = "hi", ModelId = "m", System = "s", CacheSystemPrompt = true, DefaultServiceTier = "Flex", DefaultCacheTtl = "1h" };

            ConversationInput input = ConverseRequestBuilder.Build(call);

            Assert.Equal("flex", input.RequestTemplate!.ServiceTier!.Type);
            Assert.Equal("1h", input.CacheTtl);
            Assert.Null(ConverseRequestBuilder.EffectiveStructuredOutput(call));
        }

        [Fact]
        public void A_bad_configured_tier_is_refused_before_sending()
        {
            var call = new ConverseCallRequest { Message = "hi", ModelId = "m", DefaultServiceTier = "gold" };

            Assert.Throws<InvalidRequestException>(() => ConverseRequestBuilder.Build(call));
        }
    }
}
