using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Configuration;
using BedrockPS.Core.Tests.Errors;
using BedrockPS.Core.Tests.Infrastructure;
using BedrockPS.Core.Transport;

namespace BedrockPS.Core.Tests.Transport
{
    public sealed class RetryTests
    {
        private const string OkConverse = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"ok\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":5}}";

        [Fact]
        public async Task Throttling_is_retried_until_success_and_each_attempt_is_signed_afresh()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) => Interlocked.Increment(ref calls) < 3
                ? writer.SendJsonAsync(429, "{\"message\":\"slow down\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ThrottlingException" })
                : writer.SendJsonAsync(200, OkConverse, new Dictionary<string, string> { ["x-amzn-RequestId"] = "final-id" }));
            var delays = new ConcurrentQueue<TimeSpan>();
            using var client = TestClients.Client(server, delays: delays);

            var response = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.Equal("ok", response.Text);
            Assert.Equal(3, response.Attempts);
            Assert.Equal("final-id", response.RequestId);
            Assert.Equal(2, delays.Count);
            var requests = server.Requests.ToArray();
            Assert.Equal(new[] { "attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3" }, requests.Select(r => r.Header("amz-sdk-request")));
            Assert.All(requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization")));
            Assert.Single(requests.Select(r => r.Header("amz-sdk-invocation-id")).Distinct());
        }

        [Fact]
        public async Task Retry_after_header_sets_the_wait_before_the_next_attempt()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) => Interlocked.Increment(ref calls) == 1
                ? writer.SendJsonAsync(429, "{\"message\":\"later\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ThrottlingException", ["Retry-After"] = "7" })
                : writer.SendJsonAsync(200, OkConverse));
            var delays = new ConcurrentQueue<TimeSpan>();
            using var client = TestClients.Client(server, delays: delays);

            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.True(delays.TryDequeue(out var waited));
            Assert.Equal(TimeSpan.FromSeconds(7), waited);
        }

        [Fact]
        public async Task Validation_error_is_never_retried()
        {
            using var server = new LoopbackServer((request, writer) =>
                writer.SendJsonAsync(400, "{\"message\":\"bad input\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ValidationException" }));
            using var client = TestClients.Client(server, options => options.MaxAttempts = 5);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(1, error.Attempts);
            Assert.Equal(1, server.RequestCount);
        }

        [Theory]
        [InlineData(null, "5", 5)]
        [InlineData(2, "5", 2)]
        [InlineData(null, null, 3)]
        public async Task Attempts_follow_option_then_AWS_MAX_ATTEMPTS_then_default(int? option, string? environment, int expected)
        {
            using var server = new LoopbackServer((request, writer) =>
                writer.SendJsonAsync(503, "{\"message\":\"down\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ServiceUnavailableException" }));
            var env = new Dictionary<string, string>();
            if (environment != null)
            {
                env["AWS_MAX_ATTEMPTS"] = environment;
            }
            var options = TestClients.Options(server.Url, env);
            options.MaxAttempts = option;
            using var client = new BedrockClient(options);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(expected, error.Attempts);
            Assert.Equal(expected, server.RequestCount);
            Assert.True(error.IsRetryable);
        }

        [Fact]
        public void Unknown_retry_mode_is_a_clear_configuration_error()
        {
            var options = TestClients.Options(new Uri("http://127.0.0.1:1"), new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "sometimes" });
            using var client = new BedrockClient(options);
            var error = Assert.Throws<BedrockServiceException>(() => client.Resolve());
            Assert.Equal(BedrockErrorCodes.InvalidConfiguration, error.ErrorCode);
            Assert.Contains("sometimes", error.Message);
        }

        [Fact]
        public async Task Connection_cut_before_a_response_is_retried()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    writer.Cut();
                    return Task.CompletedTask;
                }
                return writer.SendJsonAsync(200, OkConverse);
            });
            using var client = TestClients.Client(server);

            var response = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.Equal(2, response.Attempts);
        }

        [Fact]
        public async Task Attempt_that_exceeds_the_timeout_is_abandoned_and_retried()
        {
            int calls = 0;
            using var release = new CancellationTokenSource();
            using var server = new LoopbackServer(async (request, writer) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
                    return;
                }
                await writer.SendJsonAsync(200, OkConverse);
            });
            using var client = TestClients.Client(server, options => options.Timeout = TimeSpan.FromMilliseconds(300));

            var response = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);
            release.Cancel();

            Assert.Equal(2, response.Attempts);
        }

        [Fact]
        public async Task Timeouts_on_every_attempt_end_with_RequestTimeout()
        {
            using var release = new CancellationTokenSource();
            using var server = new LoopbackServer((request, writer) => Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { }));
            using var client = TestClients.Client(server, options =>
            {
                options.Timeout = TimeSpan.FromMilliseconds(200);
                options.MaxAttempts = 2;
            });

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));
            release.Cancel();

            Assert.Equal(BedrockErrorCodes.RequestTimeout, error.ErrorCode);
            Assert.Equal(2, error.Attempts);
        }

        [Fact]
        public void Retry_quota_runs_dry_and_refills_on_success()
        {
            var quota = new RetryQuota();
            int retries = 0;
            while (quota.TryAcquire(RetryQuota.RetryCost))
            {
                retries++;
            }
            Assert.Equal(RetryQuota.InitialCapacity / RetryQuota.RetryCost, retries);
            Assert.False(quota.TryAcquire(RetryQuota.RetryCost));
            quota.Release(RetryQuota.RetryCost);
            Assert.True(quota.TryAcquire(RetryQuota.RetryCost));
        }

        [Fact]
        public void Backoff_grows_exponentially_with_jitter_and_stays_capped()
        {
            var policy = new RetryPolicy(RetryModeKind.Standard, 10);
            var transient = new BedrockServiceException(BedrockErrorCodes.InternalServer, "x", 500);
            var throttle = new BedrockServiceException(BedrockErrorCodes.Throttling, "x", 429);
            for (int i = 0; i < 50; i++)
            {
                Assert.InRange(policy.Backoff(1, transient), TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
                Assert.InRange(policy.Backoff(3, transient), TimeSpan.Zero, TimeSpan.FromMilliseconds(400));
                Assert.InRange(policy.Backoff(2, throttle), TimeSpan.Zero, TimeSpan.FromMilliseconds(1000));
                Assert.InRange(policy.Backoff(30, throttle), TimeSpan.Zero, TimeSpan.FromSeconds(20));
            }
            var spread = Enumerable.Range(0, 50).Select(_ => policy.Backoff(3, transient)).Distinct().Count();
            Assert.True(spread > 10, "backoff has no jitter");
        }

        [Fact]
        public async Task Adaptive_mode_slows_the_send_rate_after_throttling()
        {
            var limiter = new AdaptiveRateLimiter();
            Assert.Equal(double.PositiveInfinity, limiter.CurrentRate);
            limiter.OnThrottle();
            var first = limiter.CurrentRate;
            Assert.Equal(AdaptiveRateLimiter.FirstRateFloor, first);
            var waits = new List<TimeSpan>();
            for (int i = 0; i < 3; i++)
            {
                // Real waits: the limiter refills from the clock, so a no-op delay would only spin.
                await limiter.AcquireAsync((wait, token) => { waits.Add(wait); return Task.Delay(wait, token); }, CancellationToken.None);
            }
            Assert.NotEmpty(waits);
            limiter.OnSuccess();
            Assert.True(limiter.CurrentRate > first);
        }

        [Fact]
        public void Adaptive_limiter_starts_below_the_rate_the_service_accepted_and_decreases_once_per_overshoot()
        {
            double time = 10;
            var limiter = new AdaptiveRateLimiter(() => time);
            // 50 successes in the second before the first throttle: the quota let 50 requests per second through.
            for (int i = 0; i < 50; i++)
            {
                time += 0.02;
                limiter.OnSuccess();
            }
            limiter.OnThrottle();
            Assert.Equal(50 * AdaptiveRateLimiter.Decrease, limiter.CurrentRate, 6);

            // Throttles of the same overshoot (within the window) count once.
            time += 0.1;
            limiter.OnThrottle();
            limiter.OnThrottle();
            Assert.Equal(50 * AdaptiveRateLimiter.Decrease, limiter.CurrentRate, 6);

            // A second of successes at the allowed rate climbs by IncreasePerSecond (within rounding).
            double before = limiter.CurrentRate;
            int successes = (int)Math.Round(before);
            for (int i = 0; i < successes; i++)
            {
                time += 1.0 / successes;
                limiter.OnSuccess();
            }
            Assert.InRange(limiter.CurrentRate - before, AdaptiveRateLimiter.IncreasePerSecond * 0.9, AdaptiveRateLimiter.IncreasePerSecond * 1.1);

            // The next overshoot, after the window, decreases again from what was accepted.
            time += AdaptiveRateLimiter.WindowSeconds;
            limiter.OnThrottle();
            Assert.True(limiter.CurrentRate < before, $"rate {limiter.CurrentRate} should drop below {before}");
            Assert.True(limiter.CurrentRate >= AdaptiveRateLimiter.MinimumRate);
        }

        [Fact]
        public void Adaptive_limiter_never_goes_below_its_minimum_rate()
        {
            double time = 0;
            var limiter = new AdaptiveRateLimiter(() => time);
            for (int i = 0; i < 20; i++)
            {
                time += AdaptiveRateLimiter.WindowSeconds * 2;
                limiter.OnThrottle();
            }
            Assert.Equal(AdaptiveRateLimiter.MinimumRate, limiter.CurrentRate);
        }

        [Fact]
        public async Task Adaptive_mode_is_accepted_from_options_and_still_retries()
        {
            int calls = 0;
            using var server = new LoopbackServer((request, writer) => Interlocked.Increment(ref calls) == 1
                ? writer.SendJsonAsync(429, "{\"message\":\"slow\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "ThrottlingException" })
                : writer.SendJsonAsync(200, OkConverse));
            using var client = TestClients.Client(server, options => options.RetryMode = "adaptive");

            var response = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.Equal(2, response.Attempts);
        }

        [Fact]
        public async Task A_disposed_client_refuses_later_calls_as_itself_and_sends_nothing()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse));
            var client = TestClients.Client(server);
            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            client.Dispose();
            var refused = await Assert.ThrowsAsync<ObjectDisposedException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(nameof(BedrockClient), refused.ObjectName);
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task Log_lines_report_attempts_status_and_request_id_without_secrets()
        {
            var lines = new ConcurrentQueue<string>();
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(200, OkConverse, new Dictionary<string, string> { ["x-amzn-RequestId"] = "rid-42" }));
            using var client = TestClients.Client(server, options =>
            {
                options.Log = lines.Enqueue;
                options.Credentials = new Amazon.Runtime.SessionAWSCredentials(TestClients.AccessKey, TestClients.SecretKey, "SESSIONTOKENSECRET");
            });

            await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            var line = Assert.Single(lines);
            Assert.Contains("Converse attempt 1/3", line);
            Assert.Contains("HTTP 200", line);
            Assert.Contains("rid-42", line);
            Assert.DoesNotContain(TestClients.SecretKey, line);
            Assert.DoesNotContain("SESSIONTOKENSECRET", line);
            Assert.True(server.Requests.TryPeek(out var sent));
            Assert.Equal("SESSIONTOKENSECRET", sent!.Header("X-Amz-Security-Token"));
            Assert.Contains("x-amz-security-token", sent.Header("Authorization"));
        }

        [Fact]
        public async Task Signature_refused_for_clock_skew_is_signed_again_with_the_service_time()
        {
            var serverTime = DateTimeOffset.UtcNow.AddHours(2);
            using var server = new LoopbackServer((request, writer) =>
            {
                var signedAt = DateTimeOffset.ParseExact(request.Header("X-Amz-Date")!, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
                if ((signedAt - serverTime).Duration() > TimeSpan.FromMinutes(15))
                {
                    return writer.SendJsonAsync(403, "{\"message\":\"Signature expired: is now earlier than the allowed window.\"}", new Dictionary<string, string>
                    {
                        ["X-Amzn-Errortype"] = "InvalidSignatureException",
                        ["Date"] = serverTime.ToString("r"),
                    });
                }
                return writer.SendJsonAsync(200, OkConverse);
            });
            var delays = new ConcurrentQueue<TimeSpan>();
            using var client = TestClients.Client(server, delays: delays);

            var first = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);
            var second = await client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None);

            Assert.Equal(2, first.Attempts);
            Assert.Equal(1, second.Attempts); // the correction is kept for later calls
            Assert.Empty(delays);
        }

        [Fact]
        public async Task Invalid_signature_that_is_not_about_time_is_not_retried()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(403, "{\"message\":\"The request signature we calculated does not match the signature you provided.\"}", new Dictionary<string, string>
            {
                ["X-Amzn-Errortype"] = "InvalidSignatureException",
                ["Date"] = DateTimeOffset.UtcNow.AddHours(3).ToString("r"),
            }));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));

            Assert.Equal(1, error.Attempts);
            Assert.Equal(BedrockErrorCodes.InvalidSignature, error.ErrorCode);
        }

        [Fact]
        public async Task Cancelling_a_call_in_flight_stops_it_without_retrying()
        {
            using var release = new CancellationTokenSource();
            var received = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var server = new LoopbackServer(async (request, writer) =>
            {
                received.TrySetResult(true);
                await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
            });
            using var client = TestClients.Client(server);
            using var cancel = new CancellationTokenSource();

            var call = client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), cancel.Token);
            await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
            cancel.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(20)));
            release.Cancel();
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task Persistent_failures_drain_the_retry_quota_and_then_calls_fail_fast()
        {
            using var server = new LoopbackServer((request, writer) =>
                writer.SendJsonAsync(500, "{\"message\":\"broken\"}", new Dictionary<string, string> { ["X-Amzn-Errortype"] = "InternalServerException" }));
            using var client = TestClients.Client(server);
            var attempts = new List<int>();

            for (int i = 0; i < 52; i++)
            {
                var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", ErrorMappingTests.SimpleRequest(), CancellationToken.None));
                attempts.Add(error.Attempts);
            }

            // 500 tokens at 5 per retry: 50 calls get their two retries, then the bucket is empty.
            Assert.All(attempts.Take(50), a => Assert.Equal(3, a));
            Assert.All(attempts.Skip(50), a => Assert.Equal(1, a));
        }
    }
}
