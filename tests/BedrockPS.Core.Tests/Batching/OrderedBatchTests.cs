using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Batching;

namespace BedrockPS.Core.Tests.Batching
{
    public sealed class OrderedBatchTests
    {
        private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

        [Fact]
        public async Task Results_come_back_in_input_order_with_at_most_N_in_flight()
        {
            int inFlight = 0;
            int maxSeen = 0;
            var random = new Random(7);
            var delays = Enumerable.Range(0, 40).Select(_ => random.Next(1, 30)).ToArray();

            var results = new List<BatchResult<int, int>>();
            await foreach (var result in OrderedBatch<int, int>.RunAsync(Enumerable.Range(0, 40), async (i, ct) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxSeen, now);
                await Task.Delay(delays[i], ct);
                Interlocked.Decrement(ref inFlight);
                return i * 10;
            }, 4))
            {
                results.Add(result);
            }

            Assert.Equal(Enumerable.Range(0, 40), results.Select(r => r.Index));
            Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), results.Select(r => r.Value));
            Assert.Equal(Enumerable.Range(0, 40), results.Select(r => r.Input));
            Assert.InRange(maxSeen, 2, 4);
        }

        [Fact]
        public async Task Next_item_starts_while_the_previous_one_is_still_running()
        {
            var secondStarted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var run = Task.Run(async () =>
            {
                var collected = new List<int>();
                await foreach (var result in OrderedBatch<int, int>.RunAsync(new[] { 0, 1 }, async (i, ct) =>
                {
                    if (i == 0)
                    {
                        // Item 0 can only finish once item 1 has started: sequential execution would hang.
                        await secondStarted.Task.WaitAsync(Hang, ct);
                    }
                    else
                    {
                        secondStarted.TrySetResult(true);
                    }
                    return i;
                }, 2))
                {
                    collected.Add(result.Value);
                }
                return collected;
            });

            Assert.Equal(new[] { 0, 1 }, await run.WaitAsync(Hang));
        }

        [Fact]
        public async Task Failures_are_tied_to_their_input_and_do_not_stop_the_rest()
        {
            var results = new List<BatchResult<string, string>>();
            await foreach (var result in OrderedBatch<string, string>.RunAsync(new[] { "a", "boom", "c" }, (input, ct) =>
                input == "boom"
                    ? Task.FromException<string>(new BedrockServiceException(BedrockErrorCodes.Throttling, "still throttled", 429))
                    : Task.FromResult(input.ToUpperInvariant()), 2))
            {
                results.Add(result);
            }

            Assert.Equal(new[] { "A", null, "C" }, results.Select(r => r.Value));
            var failed = results[1];
            Assert.False(failed.Succeeded);
            Assert.Equal(1, failed.Index);
            Assert.Equal("boom", failed.Input);
            Assert.Equal(BedrockErrorCodes.Throttling, Assert.IsType<BedrockServiceException>(failed.Error).ErrorCode);
        }

        [Fact]
        public async Task Slow_first_item_pauses_intake_instead_of_buffering_without_bound()
        {
            var releaseFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            int started = 0;
            using var batch = new OrderedBatch<int, int>(async (i, ct) =>
            {
                Interlocked.Increment(ref started);
                if (i == 0)
                {
                    await releaseFirst.Task;
                }
                return i;
            }, 2, CancellationToken.None);

            for (int i = 0; i < 4; i++)
            {
                Assert.Empty(await batch.AddAsync(i).WaitAsync(Hang));
            }
            Assert.Equal(4, batch.PendingCount);

            var fifth = batch.AddAsync(4);
            await Task.Delay(200);
            Assert.False(fifth.IsCompleted, "a fifth item was accepted while the first still blocks the window of 2×N");
            Assert.Equal(4, Volatile.Read(ref started));

            releaseFirst.SetResult(true);
            var ready = await fifth.WaitAsync(Hang);
            Assert.Equal(new[] { 0, 1, 2, 3 }, ready.Select(r => r.Value).Take(4));
            var rest = new List<int>(ready.Skip(4).Select(r => r.Value));
            await foreach (var result in batch.DrainAsync())
            {
                rest.Add(result.Value);
            }
            Assert.Equal(new[] { 4 }, rest);
        }

        [Fact]
        public async Task Cancellation_stops_the_batch()
        {
            using var cancel = new CancellationTokenSource();
            var seen = new List<int>();
            var run = Task.Run(async () =>
            {
                await foreach (var result in OrderedBatch<int, int>.RunAsync(Enumerable.Range(0, 1000), async (i, ct) =>
                {
                    await Task.Delay(5, ct);
                    return i;
                }, 3, cancel.Token))
                {
                    seen.Add(result.Index);
                    if (result.Index == 5)
                    {
                        cancel.Cancel();
                    }
                }
            });

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Hang));
            Assert.True(seen.Count < 1000);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
