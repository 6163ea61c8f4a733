using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Infrastructure;
using BedrockPS.Core.Tests.Streaming;
using BedrockPS.Testing;

namespace BedrockPS.Core.Tests.Errors
{
    /// <summary>Every exception of both service models, sent as the service sends it, maps to the same code.</summary>
    public sealed class ErrorMappingTests
    {
        private static readonly HashSet<string> Retryable = new HashSet<string>
        {
            "ThrottlingException", "ModelNotReadyException", "InternalServerException", "ServiceUnavailableException", "ModelTimeoutException",
        };

        public static IEnumerable<object[]> ModeledExceptions()
        {
            var seen = new HashSet<string>();
            foreach (var file in new[] { "botocore-bedrock-runtime-2023-09-30-service-2.json", "botocore-bedrock-2023-04-20-service-2.json" })
            {
                using var model = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("botocore-models", file)));
                foreach (var shape in model.RootElement.GetProperty("shapes").EnumerateObject())
                {
                    if (shape.Value.TryGetProperty("exception", out var isException) && isException.GetBoolean() && seen.Add(shape.Name))
                    {
                        var error = shape.Value.GetProperty("error");
                        bool server = !error.TryGetProperty("senderFault", out var sender) || !sender.GetBoolean();
                        yield return new object[] { shape.Name, error.GetProperty("httpStatusCode").GetInt32(), server };
                    }
                }
            }
        }

        public static IEnumerable<object[]> ConverseStreamExceptions() => StreamExceptionMembers("ConverseStreamOutput");

        public static IEnumerable<object[]> InvokeStreamExceptions() => StreamExceptionMembers("ResponseStream");

        [Theory]
        [MemberData(nameof(ModeledExceptions))]
        public async Task Http_error_maps_to_its_exception_name_status_fault_and_retry_rule(string name, int status, bool serverFault)
        {
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(
                status,
                $"{{\"message\":\"{name} happened\",\"originalStatusCode\":502}}",
                new Dictionary<string, string> { ["X-Amzn-Errortype"] = name + ":http://internal.amazon.com/coral/com.amazon.coral.service/", ["x-amzn-RequestId"] = "req-" + name }));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", SimpleRequest(), CancellationToken.None));

            Assert.Equal(name, error.ErrorCode);
            Assert.Equal(status, error.StatusCode);
            Assert.Equal(name + " happened", error.Message);
            Assert.Equal("req-" + name, error.RequestId);
            Assert.Equal(serverFault ? BedrockErrorFault.Server : BedrockErrorFault.Client, error.Fault);
            Assert.Equal(Retryable.Contains(name), error.IsRetryable);
            int expectedAttempts = Retryable.Contains(name) ? 3 : 1;
            Assert.Equal(expectedAttempts, error.Attempts);
            Assert.Equal(expectedAttempts, server.RequestCount);
        }

        [Theory]
        [InlineData("X-Amzn-Errortype", "com.amazonaws.bedrockruntime#ValidationException:http://internal.amazon.com/coral/", "{\"message\":\"bad\"}", "ValidationException", "bad")]
        [InlineData(null, null, "{\"__type\":\"com.amazonaws.bedrock#ResourceNotFoundException\",\"Message\":\"gone\"}", "ResourceNotFoundException", "gone")]
        [InlineData(null, null, "{\"code\":\"AccessDeniedException\",\"message\":\"no\"}", "AccessDeniedException", "no")]
        [InlineData("X-Amzn-Errortype", "InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/", "{\"message\":\"sig\"}", "InvalidSignatureException", "sig")]
        [InlineData("X-Amzn-Errortype", "UnrecognizedClientException", "{\"Message\":\"who\"}", "UnrecognizedClientException", "who")]
        public async Task Error_type_is_taken_from_header_then_type_then_code_and_sanitized(string? header, string? headerValue, string body, string expectedCode, string expectedMessage)
        {
            var headers = new Dictionary<string, string>();
            if (header != null)
            {
                headers[header] = headerValue!;
            }
            using var server = new LoopbackServer((request, writer) => writer.SendJsonAsync(403, body, headers));
            using var client = TestClients.Client(server);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", SimpleRequest(), CancellationToken.None));

            Assert.Equal(expectedCode, error.ErrorCode);
            Assert.Equal(expectedMessage, error.Message);
            Assert.False(error.IsRetryable);
        }

        [Fact]
        public async Task Non_json_error_body_still_gives_a_code_from_the_status()
        {
            using var server = new LoopbackServer((request, writer) => writer.SendAsync(503, "text/html", Encoding.UTF8.GetBytes("<html>busy</html>")));
            using var client = TestClients.Client(server, options => options.MaxAttempts = 1);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(() => client.ConverseAsync("m", SimpleRequest(), CancellationToken.None));

            Assert.Equal(BedrockErrorCodes.ServiceUnavailable, error.ErrorCode);
            Assert.Equal(BedrockErrorFault.Server, error.Fault);
            Assert.True(error.IsRetryable);
        }

        [Theory]
        [MemberData(nameof(ConverseStreamExceptions))]
        public async Task In_stream_exception_of_converse_stream_maps_to_the_http_exception_name(string memberName, string shapeName)
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, "application/vnd.amazon.eventstream");
                await writer.WriteChunkAsync(EventFrames.Event("messageStart", "{\"role\":\"assistant\"}"));
                await writer.WriteChunkAsync(EventFrames.Event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Half an\"},\"p\":\"abc\"}"));
                await writer.WriteChunkAsync(EventFrames.Exception(memberName, "{\"message\":\"stream broke\",\"originalStatusCode\":500,\"originalMessage\":\"model said no\"}"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);

            var error = await StreamedTurn.FailureAsync(client);

            Assert.Equal(shapeName, error.ErrorCode);
            Assert.Equal("stream broke", error.Message);
            Assert.Equal("Half an", error.PartialText);
            Assert.Equal(1, server.RequestCount); // never re-sent once content was delivered
            Assert.Equal(Retryable.Contains(shapeName), error.IsRetryable); // classification only, for callers
            if (shapeName == BedrockErrorCodes.ModelStreamError)
            {
                Assert.Equal(500, error.OriginalStatusCode);
                Assert.Equal("model said no", error.OriginalMessage);
            }
        }

        [Theory]
        [MemberData(nameof(InvokeStreamExceptions))]
        public async Task In_stream_exception_of_invoke_stream_maps_to_the_http_exception_name(string memberName, string shapeName)
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, "application/vnd.amazon.eventstream");
                await writer.WriteChunkAsync(EventFrames.Event("chunk", "{\"bytes\":\"e30=\",\"p\":\"xyz\"}"));
                await writer.WriteChunkAsync(EventFrames.Exception(memberName, "{\"message\":\"stream broke\"}"));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            int chunks = 0;

            var error = await Assert.ThrowsAsync<BedrockServiceException>(async () =>
            {
                await foreach (var _ in client.InvokeModelWithResponseStreamAsync(new InvokeModelRequest { ModelId = "m", Body = Encoding.UTF8.GetBytes("{}") }, CancellationToken.None))
                {
                    chunks++;
                }
            });

            Assert.Equal(1, chunks);
            Assert.Equal(shapeName, error.ErrorCode);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public async Task Unmodeled_stream_error_carries_its_code_and_message()
        {
            using var server = new LoopbackServer(async (request, writer) =>
            {
                await writer.StartChunkedAsync(200, "application/vnd.amazon.eventstream");
                await writer.WriteChunkAsync(File.ReadAllBytes(Fixtures.Path("bedrock-vectors", "eventstream", "stream-unmodeled-error.bin")));
                await writer.EndAsync();
            });
            using var client = TestClients.Client(server);
            using var vectors = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("bedrock-vectors", "eventstream", "vectors.json")));
            var headers = vectors.RootElement.GetProperty("files").GetProperty("stream-unmodeled-error.bin")[0].GetProperty("headers").EnumerateArray()
                .ToDictionary(h => h.GetProperty("name").GetString()!, h => h.GetProperty("value").GetString()!);

            var error = await Assert.ThrowsAsync<BedrockServiceException>(async () =>
            {
                await foreach (var _ in client.ConverseStreamAsync("m", SimpleRequest(), CancellationToken.None))
                {
                }
            });

            Assert.Equal(headers[":error-code"], error.ErrorCode);
            Assert.Equal(headers[":error-message"], error.Message);
        }

        internal static ConverseRequest SimpleRequest() => new ConverseRequest
        {
            Messages = { new Message { Role = "user", Content = { ContentBlock.FromText("hi") } } },
        };

        private static IEnumerable<object[]> StreamExceptionMembers(string unionShape)
        {
            using var model = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("botocore-models", "botocore-bedrock-runtime-2023-09-30-service-2.json")));
            var shapes = model.RootElement.GetProperty("shapes");
            var list = new List<object[]>();
            foreach (var member in shapes.GetProperty(unionShape).GetProperty("members").EnumerateObject())
            {
                var target = member.Value.GetProperty("shape").GetString()!;
                if (shapes.GetProperty(target).TryGetProperty("exception", out var isException) && isException.GetBoolean())
                {
                    list.Add(new object[] { member.Name, target });
                }
            }
            return list;
        }
    }
}
