using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Batching;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Transport
{
    /// <summary>
    /// Hosts such as the PowerShell ISE or a WPF app block their UI thread on async calls. Every await inside the
    /// client must therefore avoid coming back to the caller's context, or such a call never finishes.
    /// </summary>
    public sealed class BlockedContextTests
    {
        private const string OkConverse = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"ok\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":5}}";

        [Fact]
        public void Calls_blocked_on_from_a_context_that_never_runs_posted_work_still_complete()
        {
            int calls = 0;
            using var server = new LoopbackServer(async (request, writer) =>
            {
                if (request.RawPath.EndsWith("/converse-stream", StringComparison.Ordinal))
                {
                    await writer.StartChunkedAsync(200, "application/vnd.amazon.eventstream");
                    await writer.WriteChunkAsync(EventFrames.Event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"hi\"}}"));
                    // A pause, so the next read is still pending when the caller asks for the next event.
                    await Task.Delay(200);
                    await writer.WriteChunkAsync(EventFrames.Event("messageStop", "{\"stopReason\":\"end_turn\"}"));
                    await writer.EndAsync();
                    return;
                }
                // The first Converse is throttled so the retry path (backoff delay) runs too.
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await writer.SendJsonAsync(429, "{\"message\":\"slow\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ThrottlingException" });
                    return;
                }
                await writer.SendJsonAsync(200, OkConverse);
            });
            using var client = TestClients.Client(server, options => options.Delay = (delay, token) => Task.Delay(TimeSpan.FromMilliseconds(10), token));
            string? text = null;
            var streamed = new List<string>();
            var batchValues = new List<string>();
            Exception? failure = null;

            var thread = new Thread(() =>
            {
                SynchronizationContext.SetSynchronizationContext(new NeverRunningContext());
                try
                {
                    text = client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None).GetAwaiter().GetResult().Text;

                    var stream = client.ConverseStreamAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None).GetAsyncEnumerator();
                    while (stream.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                        if (stream.Current.TextDelta != null)
                        {
                            streamed.Add(stream.Current.TextDelta);
                        }
                    }
                    stream.DisposeAsync().AsTask().GetAwaiter().GetResult();

                    using var batch = new OrderedBatch<int, string>(async (i, ct) => (await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), ct)).Text, 2, CancellationToken.None);
                    foreach (var i in new[] { 1, 2, 3 })
                    {
                        foreach (var result in batch.AddAsync(i).GetAwaiter().GetResult())
                        {
                            batchValues.Add(result.Value!);
                        }
                    }
                    var rest = batch.DrainAsync().GetAsyncEnumerator();
                    while (rest.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                        batchValues.Add(rest.Current.Value!);
                    }
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            });
            thread.Start();

            Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "a call waited for the blocked caller's context (missing ConfigureAwait(false))");
            Assert.Null(failure);
            Assert.Equal("ok", text);
            Assert.Equal(new[] { "hi" }, streamed);
            Assert.Equal(new[] { "ok", "ok", "ok" }, batchValues);
        }

        /// <summary>A context whose thread is always blocked: anything posted to it never runs.</summary>
        private sealed class NeverRunningContext : SynchronizationContext
        {
            public override void Post(SendOrPostCallback d, object? state)
            {
            }

            public override void Send(SendOrPostCallback d, object? state)
            {
            }
        }
    }
}
