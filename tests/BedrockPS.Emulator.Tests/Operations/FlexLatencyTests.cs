using System;
using System.Threading.Tasks;
using BedrockPS.Emulator.Tests.Support;
using Xunit;

namespace BedrockPS.Emulator.Tests.Operations
{
    /// <summary>FlexLatency holds back flex-tier answers only; checked by order of completion, not by wall time.</summary>
    public sealed class FlexLatencyTests
    {
        [Fact]
        public async Task A_flex_request_waits_out_the_flex_latency_while_a_default_one_is_answered()
        {
            var emulator = BedrockEmulator.Start(new EmulatorOptions { FlexLatency = TimeSpan.FromMinutes(10) });
            var client = new EmulatorClient(emulator);
            Task<System.Net.Http.HttpResponseMessage> flex = client.PostAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"),
                EmulatorClient.UserMessage("slow", ",\"serviceTier\":{\"type\":\"flex\"}"));
            // Wait until the flex request is in the emulator before the default one is sent.
            for (int i = 0; i < 1000 && emulator.RequestCount < 1; i++)
            {
                await Task.Delay(10);
            }
            Assert.Equal(1, emulator.RequestCount);
            using (var standard = await client.PostAsync(EmulatorClient.ModelPath("amazon.nova-lite-v1:0", "converse"), EmulatorClient.UserMessage("fast")))
            {
                Assert.Equal(200, (int)standard.StatusCode);
            }
            Assert.False(flex.IsCompleted);

            // Stopping the emulator ends the held request.
            emulator.Dispose();
            await Assert.ThrowsAnyAsync<Exception>(async () => (await flex).EnsureSuccessStatusCode());
            client.Dispose();
        }
    }
}
