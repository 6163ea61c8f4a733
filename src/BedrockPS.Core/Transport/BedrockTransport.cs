using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Auth;
using BedrockPS.Core.Configuration;
using BedrockPS.Core.Errors;

namespace BedrockPS.Core.Transport
{
    /// <summary>
    /// Sends operation requests: builds the HTTP request, authenticates each attempt, retries what is retryable
    /// (with backoff, the retry quota and, in adaptive mode, client-side rate limiting), and turns error responses
    /// into <see cref="BedrockServiceException"/>. Thread-safe; one instance serves all calls of a client.
    /// </summary>
    internal sealed class BedrockTransport : IDisposable
    {
        private static readonly string UserAgent = "BedrockPS/" + (typeof(BedrockTransport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

        private readonly HttpClient http;
        private readonly ResolvedConfiguration configuration;
        private readonly RetryPolicy retryPolicy;
        private readonly RetryQuota quota = new RetryQuota();
        private readonly AdaptiveRateLimiter? rateLimiter;
        private readonly Action<string>? log;
        private readonly Func<TimeSpan, CancellationToken, Task> delay;

        public BedrockTransport(HttpClient http, ResolvedConfiguration configuration, Action<string>? log, Func<TimeSpan, CancellationToken, Task> delay)
        {
            this.http = http;
            this.configuration = configuration;
            this.log = log;
            this.delay = delay;
            retryPolicy = new RetryPolicy(configuration.RetryMode, configuration.MaxAttempts);
            rateLimiter = configuration.RetryMode == RetryModeKind.Adaptive ? new AdaptiveRateLimiter() : null;
        }

        public ResolvedConfiguration Configuration => configuration;

        internal RetryQuota Quota => quota;

        public async Task<TransportResponse> SendAsync(OperationRequest request, CancellationToken cancellationToken)
        {
            var invocationId = Guid.NewGuid().ToString();
            int lastRetryCost = 0;
            for (int attempt = 1; ; attempt++)
            {
                if (rateLimiter != null)
                {
                    await rateLimiter.AcquireAsync(delay, cancellationToken).ConfigureAwait(false);
                }
                var stopwatch = Stopwatch.StartNew();
                AttemptResult result = await AttemptAsync(request, invocationId, attempt, cancellationToken).ConfigureAwait(false);
                if (result.Response != null)
                {
                    quota.Release(lastRetryCost);
                    rateLimiter?.OnSuccess();
                    Log($"{request.Operation} attempt {attempt}/{retryPolicy.MaxAttempts}: HTTP {(int)result.Response.Response.StatusCode} in {stopwatch.ElapsedMilliseconds} ms, request id {result.Response.RequestId ?? "-"}");
                    return result.Response;
                }

                BedrockServiceException failure = result.Failure!;
                failure.Attempts = attempt;
                failure.IsRetryable = RetryPolicy.IsRetryable(failure);
                if (result.SkewCorrected && attempt < retryPolicy.MaxAttempts)
                {
                    // Signed with a clock the service disagrees with: sign again with its time, at once.
                    Log($"{request.Operation}: clock skew of {configuration.Clock.Offset.TotalSeconds:0} s corrected, signing again");
                    continue;
                }
                Log($"{request.Operation} attempt {attempt}/{retryPolicy.MaxAttempts}: {(failure.StatusCode > 0 ? "HTTP " + failure.StatusCode + " " : "")}{failure.ErrorCode} in {stopwatch.ElapsedMilliseconds} ms, request id {failure.RequestId ?? "-"}");
                lastRetryCost = RetryCostOrThrow(request, failure, attempt);
                var wait = retryPolicy.Backoff(attempt, failure);
                Log($"{request.Operation}: retrying in {wait.TotalMilliseconds:0} ms");
                await delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The retry decision, in one place: throws the failure when it is final (not retryable, out of attempts, or the
        /// retry quota is spent), otherwise returns what the retry costs the quota.
        /// </summary>
        private int RetryCostOrThrow(OperationRequest request, BedrockServiceException failure, int attempt)
        {
            if (rateLimiter != null && RetryPolicy.IsThrottling(failure))
            {
                rateLimiter.OnThrottle();
            }
            if (!failure.IsRetryable || attempt >= retryPolicy.MaxAttempts)
            {
                throw failure;
            }
            if (retryPolicy.Mode == RetryModeKind.Legacy)
            {
                return 0;
            }
            int cost = RetryPolicy.QuotaCost(failure);
            if (!quota.TryAcquire(cost))
            {
                Log($"{request.Operation}: retry quota exhausted, not retrying");
                throw failure;
            }
            return cost;
        }

        /// <summary>
        /// One attempt under its own timeout: sign, send, and read either the body (unless streaming) or the service's
        /// error. Cancellation by the caller and failures another attempt cannot mend are thrown; the rest is returned.
        /// </summary>
        private async Task<AttemptResult> AttemptAsync(OperationRequest request, string invocationId, int attempt, CancellationToken cancellationToken)
        {
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(configuration.AttemptTimeout);
            HttpResponseMessage? response = null;
            try
            {
                using var message = BuildMessage(request, invocationId, attempt);
                await configuration.Authenticator.AuthenticateAsync(message, request.Body ?? Array.Empty<byte>(), attemptTimeout.Token).ConfigureAwait(false);
                // Headers first in every case: the body is then read under the same timeout with a size limit.
                response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false);
                var requestId = RequestIdOf(response);
                int status = (int)response.StatusCode;
                if (status >= 200 && status < 300)
                {
                    byte[]? body = request.IsStreaming
                        ? null
                        : await ResponseBody.ReadAsync(response, request.Operation, requestId, attemptTimeout.Token).ConfigureAwait(false);
                    var success = new TransportResponse(response, body, attempt, requestId);
                    response = null; // ownership moves to the caller
                    return AttemptResult.Succeeded(success);
                }

                var errorBody = await ResponseBody.ReadAsync(response, request.Operation, requestId, attemptTimeout.Token).ConfigureAwait(false);
                var failure = ServiceErrorParser.FromHttpResponse(status, HeaderOf(response, "X-Amzn-Errortype"), errorBody, requestId);
                failure.RetryAfter = RetryAfterOf(response);
                bool skewCorrected = IsClockSkewError(failure) && response.Headers.Date.HasValue && configuration.Clock.CorrectTo(response.Headers.Date.Value);
                return AttemptResult.Failed(failure, skewCorrected);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException exception) when (attemptTimeout.IsCancellationRequested)
            {
                return AttemptResult.Failed(new BedrockServiceException(
                    BedrockErrorCodes.RequestTimeout,
                    $"{request.Operation} did not answer within {configuration.AttemptTimeout.TotalSeconds:0.#} s.", 0, exception), false);
            }
            catch (BedrockServiceException exception)
            {
                // Credentials that cannot be had, or a body too large to read: another attempt would not help.
                if (response != null)
                {
                    exception.Attempts = attempt;
                }
                throw;
            }
            catch (Exception exception) when (exception is HttpRequestException || exception is IOException || exception is OperationCanceledException)
            {
                return AttemptResult.Failed(new BedrockServiceException(
                    BedrockErrorCodes.ConnectionFailure,
                    $"{request.Operation} could not reach {EndpointOf(request.Plane).Host}: {Describe(exception)}", 0, exception), false);
            }
            finally
            {
                response?.Dispose();
            }
        }

        private HttpRequestMessage BuildMessage(OperationRequest request, string invocationId, int attempt)
        {
            var message = new HttpRequestMessage(request.Method, BuildUri(request));
            // .NET Framework sends "Expect: 100-continue" on POST by default and then waits for the server; Bedrock
            // does not need the handshake, so skip the round trip.
            message.Headers.ExpectContinue = false;
            message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            message.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", invocationId);
            message.Headers.TryAddWithoutValidation("amz-sdk-request", $"attempt={attempt}; max={retryPolicy.MaxAttempts}");
            if (request.Body != null)
            {
                message.Content = new ByteArrayContent(request.Body);
                if (request.ContentType != null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
                }
            }
            foreach (var header in request.Headers)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            return message;
        }

        internal Uri BuildUri(OperationRequest request)
        {
            var endpoint = EndpointOf(request.Plane);
            var builder = new StringBuilder();
            builder.Append(endpoint.GetLeftPart(UriPartial.Authority));
            builder.Append(endpoint.AbsolutePath.TrimEnd('/'));
            builder.Append(request.EncodedPath);
            char separator = '?';
            foreach (var pair in request.Query)
            {
                builder.Append(separator).Append(PathEncoding.EncodeSegment(pair.Key)).Append('=').Append(PathEncoding.EncodeSegment(pair.Value));
                separator = '&';
            }
            return new Uri(builder.ToString());
        }

        private static bool IsClockSkewError(BedrockServiceException failure)
        {
            if (failure.StatusCode != 400 && failure.StatusCode != 403)
            {
                return false;
            }
            var code = failure.ErrorCode;
            if (code == "RequestTimeTooSkewed" || code == "RequestExpired" || code == "RequestInTheFuture")
            {
                return true;
            }
            var message = failure.Message ?? "";
            return (code == BedrockErrorCodes.InvalidSignature || code == "SignatureDoesNotMatch" || code == "AuthFailure")
                && (message.IndexOf("expired", StringComparison.OrdinalIgnoreCase) >= 0
                    || message.IndexOf("not yet current", StringComparison.OrdinalIgnoreCase) >= 0
                    || message.IndexOf("skew", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        private Uri EndpointOf(ServicePlane plane) => plane == ServicePlane.Runtime ? configuration.RuntimeEndpoint : configuration.ControlPlaneEndpoint;

        private static string? RequestIdOf(HttpResponseMessage response) => HeaderOf(response, "x-amzn-RequestId") ?? HeaderOf(response, "x-amz-request-id");

        internal static string? HeaderOf(HttpResponseMessage response, string name)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                foreach (var value in values)
                {
                    return value;
                }
            }
            return null;
        }

        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            var text = HeaderOf(response, "Retry-After");
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                var wait = when - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        private static string Describe(Exception exception)
        {
            var message = exception.Message;
            if (exception.InnerException != null && exception.InnerException.Message != message)
            {
                message += " (" + exception.InnerException.Message + ")";
            }
            return message;
        }

        private void Log(string line)
        {
            try
            {
                log?.Invoke(line);
            }
            catch (Exception)
            {
                // A failing log sink must not fail the call.
            }
        }

        public void Dispose()
        {
            http.Dispose();
        }
    }
}
