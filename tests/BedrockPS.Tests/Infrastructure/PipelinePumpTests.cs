using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Infrastructure;
using Xunit;

namespace BedrockPS.Tests.Infrastructure
{
    public class PipelinePumpTests
    {
        [Fact]
        public void Posted_actions_run_on_the_thread_that_runs_the_pump()
        {
            var pump = new PipelinePump();
            int pipelineThread = Environment.CurrentManagedThreadId;
            int workThread = -1;
            int actionThread = -1;

            pump.Run(async ct =>
            {
                await Task.Yield();
                workThread = Environment.CurrentManagedThreadId;
                pump.Post(() => actionThread = Environment.CurrentManagedThreadId);
                await Task.Delay(10, ct);
            }, CancellationToken.None);

            Assert.NotEqual(pipelineThread, workThread);
            Assert.Equal(pipelineThread, actionThread);
        }

        [Fact]
        public void InvokeOnPipelineAsync_returns_the_value_computed_on_the_pipeline_thread()
        {
            var pump = new PipelinePump();
            int pipelineThread = Environment.CurrentManagedThreadId;

            int seen = pump.Run(async ct =>
            {
                await Task.Yield();
                return await pump.InvokeOnPipelineAsync(() => Environment.CurrentManagedThreadId);
            }, CancellationToken.None);

            Assert.Equal(pipelineThread, seen);
        }

        [Fact]
        public void InvokeOnPipelineAsync_carries_the_exception_of_the_function()
        {
            var pump = new PipelinePump();

            var error = Assert.Throws<InvalidOperationException>(() => pump.Run(async ct =>
            {
                await Task.Yield();
                return await pump.InvokeOnPipelineAsync<int>(() => throw new InvalidOperationException("tool failed"));
            }, CancellationToken.None));

            Assert.Equal("tool failed", error.Message);
        }

        [Fact]
        public void Actions_posted_just_before_the_work_ends_still_run()
        {
            var pump = new PipelinePump();
            int ran = 0;

            pump.Run(async ct =>
            {
                await Task.Yield();
                for (int i = 0; i < 100; i++) pump.Post(() => ran++);
            }, CancellationToken.None);

            Assert.Equal(100, ran);
        }

        [Fact]
        public void Cancellation_returns_without_waiting_for_work_that_ignores_the_token()
        {
            var pump = new PipelinePump();
            using var cancellation = new CancellationTokenSource();
            var release = new TaskCompletionSource<bool>();
            // Only a guard against a hang: a pump that waited for the work would return (without an exception) once this fires.
            using var hangGuard = new Timer(_ => release.TrySetResult(true), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

            cancellation.CancelAfter(100);
            Assert.ThrowsAny<OperationCanceledException>(() => pump.Run(_ => release.Task, cancellation.Token));

            Assert.False(release.Task.IsCompleted, "The pump must not wait for work that ignores cancellation.");
            release.SetResult(true);
        }

        [Fact]
        public async Task Work_waiting_on_the_pipeline_is_cancelled_when_the_pump_completes()
        {
            // The pump belongs to a thread that stays blocked, so the pool thread posting the work can never be
            // mistaken for the pipeline thread (a pool thread would run the work inline and complete it).
            var created = new TaskCompletionSource<PipelinePump>();
            using var release = new ManualResetEventSlim();
            var owner = new Thread(() => { created.SetResult(new PipelinePump()); release.Wait(); });
            owner.Start();
            PipelinePump pump = await created.Task;
            try
            {
                Task<int> pending = Task.Run(() => pump.InvokeOnPipelineAsync(() => 1));
                await Task.Delay(50);

                pump.Complete();

                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
            }
            finally
            {
                release.Set();
                owner.Join();
            }
        }

        [Fact]
        public void Exceptions_of_the_work_reach_the_caller_unwrapped()
        {
            var pump = new PipelinePump();

            var error = Assert.Throws<TimeoutException>(() => pump.Run<int>(async ct =>
            {
                await Task.Yield();
                throw new TimeoutException("slow");
            }, CancellationToken.None));

            Assert.Equal("slow", error.Message);
        }
        [Fact]
        public void Work_started_here_runs_its_first_part_on_the_pipeline_thread_and_the_rest_elsewhere()
        {
            RunOnOwnThread(() =>
            {
                var pump = new PipelinePump();
                int pipelineThread = Environment.CurrentManagedThreadId;
                int startThread = -1;
                int afterAwaitThread = -1;
                int actionThread = -1;

                int result = pump.Run(async ct =>
                {
                    startThread = Environment.CurrentManagedThreadId;
                    await Task.Delay(20, ct).ConfigureAwait(false);
                    afterAwaitThread = Environment.CurrentManagedThreadId;
                    pump.Post(() => actionThread = Environment.CurrentManagedThreadId);
                    return 42;
                }, CancellationToken.None, startHere: true);

                Assert.Equal(42, result);
                Assert.Equal(pipelineThread, startThread);
                Assert.NotEqual(pipelineThread, afterAwaitThread);
                Assert.Equal(pipelineThread, actionThread);
            });
        }

        [Fact]
        public void Work_started_here_is_still_cancelled_without_waiting_for_it()
        {
            RunOnOwnThread(() =>
            {
                var pump = new PipelinePump();
                using var cancellation = new CancellationTokenSource();
                var release = new TaskCompletionSource<bool>();
                // Only a guard against a hang: a pump that waited for the work would return (without an exception) once this fires.
                using var hangGuard = new Timer(_ => release.TrySetResult(true), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);

                cancellation.CancelAfter(100);
                Assert.ThrowsAny<OperationCanceledException>(() => pump.Run(_ => release.Task, cancellation.Token, startHere: true));

                Assert.False(release.Task.IsCompleted, "The pump must not wait for work that ignores cancellation.");
                release.SetResult(true);
            });
        }

        [Fact]
        public void Work_started_here_that_throws_at_once_fails_like_work_on_the_pool()
        {
            var pump = new PipelinePump();

            var error = Assert.Throws<TimeoutException>(() => pump.Run<int>(_ => throw new TimeoutException("at once"), CancellationToken.None, startHere: true));

            Assert.Equal("at once", error.Message);
        }

        /// <summary>Runs the test body on a dedicated thread, so the pump's thread is never a pool thread the work could land on.</summary>
        private static void RunOnOwnThread(Action body)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { body(); }
                catch (Exception ex) { failure = ex; }
            });
            thread.Start();
            Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "The test body did not finish.");
            if (failure != null) throw new Exception("The test body failed: " + failure.Message, failure);
        }
    }
}
