using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Conversations;
using BedrockPS.Core.Models;
using Xunit;

namespace BedrockPS.Core.Tests.Conversations
{
    public class ConversationRunnerTests
    {
        private const string Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        private static readonly JsonElement WeatherSchema = JsonDocument.Parse(
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}").RootElement;

        private static ConversationInput Ask(string text, Conversation? session = null) => new ConversationInput
        {
            ModelId = session == null ? Model : null,
            Session = session,
            Message = new Message { Role = "user", Content = { ContentBlock.FromText(text) } },
        };

        private static Conversation NewSession()
        {
            var session = new Conversation(Model, "Be brief.");
            session.SetTool(new ConversationTool("get_weather", "Weather of a city", WeatherSchema));
            return session;
        }

        [Fact]
        public async Task Run_appends_user_turn_and_answer_to_session_on_success()
        {
            var service = new ScriptedBedrockService().ThenText("Hello there", 10, 5).ThenText("Again", 30, 4);
            Conversation session = NewSession();

            ConversationOutcome first = await new ConversationRunner().RunAsync(service, Ask("Hi", session), CancellationToken.None);
            ConversationOutcome second = await new ConversationRunner().RunAsync(service, Ask("More", session), CancellationToken.None);

            Assert.Equal("Hello there", first.Text);
            Assert.Equal("Again", second.Text);
            Assert.Equal(4, session.Messages.Count);
            Assert.Equal(new[] { "user", "assistant", "user", "assistant" }, session.Messages.Select(m => m.Role));
            Assert.Equal(2, session.Turns);
            Assert.Equal(40, session.InputTokens);
            Assert.Equal(9, session.OutputTokens);
            Assert.Equal(49, session.TotalTokens);
            Assert.Equal(4, session.CacheReadInputTokens);

            // The second request carried the first exchange as history, the session's system prompt and its tools.
            using JsonDocument request = JsonDocument.Parse(service.RequestsJson[1]);
            Assert.Equal(3, request.RootElement.GetProperty("messages").GetArrayLength());
            Assert.Equal("Be brief.", request.RootElement.GetProperty("system")[0].GetProperty("text").GetString());
            Assert.Equal("get_weather", request.RootElement.GetProperty("toolConfig").GetProperty("tools")[0].GetProperty("toolSpec").GetProperty("name").GetString());
            Assert.Equal(Model, service.ModelIds[1]);
        }

        [Fact]
        public async Task Run_leaves_session_exactly_as_it_was_when_the_call_fails()
        {
            var service = new ScriptedBedrockService().ThenText("ok").ThenFail(new BedrockServiceException("ThrottlingException", "Too many requests", 429));
            Conversation session = NewSession();
            await new ConversationRunner().RunAsync(service, Ask("Hi", session), CancellationToken.None);
            List<Message> before = session.Messages.ToList();

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => new ConversationRunner().RunAsync(service, Ask("Again", session), CancellationToken.None));

            Assert.Equal("ThrottlingException", error.ErrorCode);
            Assert.Equal(BedrockPS.Core.Serialization.BedrockJson.Serialize(before), BedrockPS.Core.Serialization.BedrockJson.Serialize(session.Messages));
            Assert.Equal(1, session.Turns);
            Assert.Equal(10, session.InputTokens);
        }

        [Fact]
        public async Task Run_runs_tools_until_the_model_ends_its_turn_and_keeps_every_round()
        {
            var service = new ScriptedBedrockService()
                .ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}")
                .ThenToolUse("tu-2", "get_weather", "{\"city\":\"Oslo\"}")
                .ThenText("Paris is warmer than Oslo.");
            var invoker = RecordingToolInvoker.Echo();
            Conversation session = NewSession();
            ConversationInput input = Ask("Compare Paris and Oslo", session);
            input.ToolInvoker = invoker;

            ConversationOutcome outcome = await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            Assert.Equal(3, outcome.Rounds);
            Assert.Equal("Paris is warmer than Oslo.", outcome.Text);
            Assert.Equal("end_turn", outcome.StopReason);
            Assert.Equal(new[] { "tu-1", "tu-2" }, outcome.ToolUses.Select(u => u.ToolUseId));
            Assert.Equal(new[] { "Paris", "Oslo" }, invoker.Calls.Select(c => c.Input!.Value.GetProperty("city").GetString()));
            Assert.Equal(6, outcome.NewMessages.Count);
            Assert.Equal(new[] { "user", "assistant", "user", "assistant", "user", "assistant" }, session.Messages.Select(m => m.Role));
            Assert.Equal("tu-1", session.Messages[2].Content[0].ToolResult!.ToolUseId);
            Assert.Equal(1, session.Turns);
            Assert.Equal(20 + 20 + 10, outcome.Usage.InputTokens);
            Assert.Equal(300, outcome.LatencyMs);

            // Round two sent the tool result of round one back to the model.
            using JsonDocument second = JsonDocument.Parse(service.RequestsJson[1]);
            JsonElement result = second.RootElement.GetProperty("messages")[2].GetProperty("content")[0].GetProperty("toolResult");
            Assert.Equal("tu-1", result.GetProperty("toolUseId").GetString());
            Assert.Equal("success", result.GetProperty("status").GetString());
            Assert.Contains("Paris", result.GetProperty("content")[0].GetProperty("text").GetString());
        }

        [Fact]
        public async Task Run_leaves_session_untouched_when_a_later_tool_round_fails()
        {
            var service = new ScriptedBedrockService()
                .ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}")
                .ThenFail(new BedrockServiceException("ServiceUnavailableException", "Down", 503));
            Conversation session = NewSession();
            ConversationInput input = Ask("Weather?", session);
            input.ToolInvoker = RecordingToolInvoker.Echo();

            await Assert.ThrowsAsync<BedrockServiceException>(() => new ConversationRunner().RunAsync(service, input, CancellationToken.None));

            Assert.Empty(session.Messages);
            Assert.Equal(0, session.Turns);
            Assert.Equal(0, session.TotalTokens);
        }

        [Fact]
        public async Task Run_leaves_session_untouched_when_cancelled_while_a_tool_runs()
        {
            using var cancellation = new CancellationTokenSource();
            var service = new ScriptedBedrockService()
                .ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}")
                .ThenText("never sent");
            var invoker = new RecordingToolInvoker((use, ct) =>
            {
                cancellation.Cancel();
                return ContentBlock.FromToolResult(use.ToolUseId!, "late", "success");
            });
            Conversation session = NewSession();
            ConversationInput input = Ask("Weather?", session);
            input.ToolInvoker = invoker;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ConversationRunner().RunAsync(service, input, cancellation.Token));

            Assert.Empty(session.Messages);
            Assert.Single(service.RequestsJson);
        }

        [Fact]
        public async Task Run_stops_after_MaxToolRounds_and_answers_the_pending_request_on_the_next_turn()
        {
            var service = new ScriptedBedrockService()
                .ThenToolUse("tu-1", "get_weather", "{\"city\":\"A\"}")
                .ThenToolUse("tu-2", "get_weather", "{\"city\":\"B\"}")
                .ThenText("Fine.");
            var invoker = RecordingToolInvoker.Echo();
            Conversation session = NewSession();
            ConversationInput input = Ask("Loop", session);
            input.ToolInvoker = invoker;
            input.MaxToolRounds = 1;

            ConversationOutcome outcome = await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            Assert.True(outcome.ToolRoundLimitReached);
            Assert.Equal("tool_use", outcome.StopReason);
            Assert.Equal(2, outcome.Rounds);
            Assert.Single(invoker.Calls);
            Assert.Equal(4, session.Messages.Count);

            await new ConversationRunner().RunAsync(service, Ask("Stop asking", session), CancellationToken.None);

            using JsonDocument third = JsonDocument.Parse(service.RequestsJson[2]);
            JsonElement content = third.RootElement.GetProperty("messages")[4].GetProperty("content");
            Assert.Equal("tu-2", content[0].GetProperty("toolResult").GetProperty("toolUseId").GetString());
            Assert.Equal("error", content[0].GetProperty("toolResult").GetProperty("status").GetString());
            Assert.Equal(ConversationRunner.ToolNotRunText, content[0].GetProperty("toolResult").GetProperty("content")[0].GetProperty("text").GetString());
            Assert.Equal("Stop asking", content[1].GetProperty("text").GetString());
        }

        [Fact]
        public async Task Run_without_an_invoker_never_runs_tools()
        {
            var service = new ScriptedBedrockService().ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}");
            Conversation session = NewSession();

            ConversationOutcome outcome = await new ConversationRunner().RunAsync(service, Ask("Weather?", session), CancellationToken.None);

            Assert.Equal(1, outcome.Rounds);
            Assert.Equal("tool_use", outcome.StopReason);
            Assert.False(outcome.ToolRoundLimitReached);
            Assert.Single(outcome.ToolUses);
        }

        [Fact]
        public async Task Run_turns_an_invoker_exception_into_an_error_tool_result()
        {
            var service = new ScriptedBedrockService().ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}").ThenText("Sorry.");
            ConversationInput input = Ask("Weather?");
            input.ToolInvoker = new RecordingToolInvoker((_, _) => throw new InvalidOperationException("disk on fire"));

            ConversationOutcome outcome = await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            ToolResultBlock result = outcome.NewMessages[2].Content[0].ToolResult!;
            Assert.Equal("error", result.Status);
            Assert.Equal("tu-1", result.ToolUseId);
            Assert.Equal("disk on fire", result.Content[0].Text);
            Assert.Null(outcome.Session);
        }

        [Fact]
        public async Task Stream_reports_every_event_and_builds_the_same_messages_as_converse()
        {
            var service = new ScriptedBedrockService()
                .ThenToolUse("tu-1", "get_weather", "{\"city\":\"Paris\"}")
                .ThenText("It is sunny in Paris today");
            var events = new List<ConverseStreamEvent>();
            Conversation session = NewSession();
            ConversationInput input = Ask("Weather?", session);
            input.Stream = true;
            input.ToolInvoker = RecordingToolInvoker.Echo();
            input.OnStreamEvent = e => { lock (events) { events.Add(e); } };

            ConversationOutcome outcome = await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            Assert.Equal("It is sunny in Paris today", outcome.Text);
            Assert.Equal("It is sunny in Paris today", string.Concat(events.Select(e => e.TextDelta)).Replace("Let me check.", ""));
            Assert.Equal(2, events.Count(e => e.Kind == "metadata"));
            Assert.Equal("Paris", session.Messages[1].Content[1].ToolUse!.Input!.Value.GetProperty("city").GetString());
            Assert.Equal(4, session.Messages.Count);
        }

        [Fact]
        public async Task Stream_cut_short_keeps_partial_text_and_leaves_session_untouched()
        {
            var service = new ScriptedBedrockService { StreamEndsAfter = 4 }.ThenText("one two three four five six");
            Conversation session = NewSession();
            ConversationInput input = Ask("Count", session);
            input.Stream = true;

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => new ConversationRunner().RunAsync(service, input, CancellationToken.None));

            Assert.Equal(BedrockErrorCodes.StreamInterrupted, error.ErrorCode);
            Assert.Equal("one two three", error.PartialText);
            Assert.Empty(session.Messages);
        }

        [Fact]
        public async Task Stream_failure_from_the_transport_propagates_and_leaves_session_untouched()
        {
            var failure = new BedrockServiceException("ThrottlingException", "slow down");
            var service = new ScriptedBedrockService { StreamFailure = (3, failure) }.ThenText("a b c d e");
            Conversation session = NewSession();
            ConversationInput input = Ask("Count", session);
            input.Stream = true;

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => new ConversationRunner().RunAsync(service, input, CancellationToken.None));

            Assert.Same(failure, error);
            Assert.Empty(session.Messages);
        }

        [Fact]
        public async Task Template_settings_override_the_session_and_call_tools_join_session_tools()
        {
            var service = new ScriptedBedrockService().ThenText("ok");
            Conversation session = NewSession();
            session.InferenceConfig = new InferenceConfiguration { MaxTokens = 100 };
            ConversationInput input = Ask("Hi", session);
            input.ModelId = "amazon.nova-lite-v1:0";
            input.RequestTemplate = new ConverseRequest
            {
                System = new List<SystemContentBlock> { SystemContentBlock.FromText("Be verbose.") },
                InferenceConfig = new InferenceConfiguration { MaxTokens = 7 },
                ToolConfig = new ToolConfiguration { ToolChoice = ToolChoice.ForAny() },
            };
            input.Tools = new List<ConversationTool> { new ConversationTool("lookup", "Find things", WeatherSchema) };

            await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            using JsonDocument request = JsonDocument.Parse(service.RequestsJson[0]);
            JsonElement root = request.RootElement;
            Assert.Equal("amazon.nova-lite-v1:0", service.ModelIds[0]);
            Assert.Equal("Be verbose.", root.GetProperty("system")[0].GetProperty("text").GetString());
            Assert.Equal(7, root.GetProperty("inferenceConfig").GetProperty("maxTokens").GetInt32());
            Assert.Equal(new[] { "lookup", "get_weather" }, root.GetProperty("toolConfig").GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("toolSpec").GetProperty("name").GetString()));
            Assert.True(root.GetProperty("toolConfig").GetProperty("toolChoice").TryGetProperty("any", out _));
        }

        [Fact]
        public async Task Call_sampling_settings_join_the_sessions_setting_by_setting()
        {
            var service = new ScriptedBedrockService().ThenText("ok");
            Conversation session = NewSession();
            session.InferenceConfig = new InferenceConfiguration { MaxTokens = 500, Temperature = 0.9f, StopSequences = new List<string> { "END" } };
            ConversationInput input = Ask("Hi", session);
            input.RequestTemplate = new ConverseRequest { InferenceConfig = new InferenceConfiguration { Temperature = 0.2f } };

            await new ConversationRunner().RunAsync(service, input, CancellationToken.None);

            using JsonDocument request = JsonDocument.Parse(service.RequestsJson[0]);
            JsonElement settings = request.RootElement.GetProperty("inferenceConfig");
            Assert.Equal(500, settings.GetProperty("maxTokens").GetInt32());
            Assert.Equal(0.2f, settings.GetProperty("temperature").GetSingle());
            Assert.Equal("END", settings.GetProperty("stopSequences")[0].GetString());
            Assert.False(settings.TryGetProperty("topP", out _));
            Assert.Equal(0.9f, session.InferenceConfig.Temperature); // the session keeps its own settings
        }

        [Fact]
        public async Task Run_without_any_model_id_is_refused_before_calling()
        {
            var service = new ScriptedBedrockService();
            ConversationInput input = Ask("Hi", new Conversation());

            await Assert.ThrowsAsync<ArgumentException>(() => new ConversationRunner().RunAsync(service, input, CancellationToken.None));
            Assert.Empty(service.RequestsJson);
        }

        [Fact]
        public async Task Concurrent_runs_on_one_session_lose_no_exchange()
        {
            var service = new ScriptedBedrockService();
            for (int i = 0; i < 20; i++)
            {
                service.ThenText("answer");
            }

            var locked = new LockedService(service);
            Conversation session = NewSession();
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => new ConversationRunner().RunAsync(locked, Ask("q" + i, session), CancellationToken.None))));

            Assert.Equal(20, session.Turns);
            Assert.Equal(40, session.Messages.Count);
        }
    }
}
