using System;
using System.Management.Automation;
using BedrockPS.Core;
using BedrockPS.Emulator;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// Very large answers are delivered whole; responses announcing more than any real answer can hold are refused
    /// at once with one module error, without trying to buffer them and without sending the request again.
    /// </summary>
    public class OversizedResponseTests
    {
        private static readonly TimeSpan DoesNotHang = TimeSpan.FromSeconds(30);

        private static CmdletRunspace HostAnswering(string reply) =>
            new CmdletRunspace(new EmulatorOptions
            {
                Scenario = Scenario.Parse("{\"rules\":[{\"prompt\":\"big\",\"reply\":\"" + reply + "\"}]}"),
            });

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Answer_of_eight_megabytes_arrives_whole(bool stream)
        {
            // One 8 MB word: a single Converse body, or a single stream frame far above usual sizes.
            string reply = new string('x', 8 * 1024 * 1024);
            using CmdletRunspace host = HostAnswering(reply);

            ScriptOutcome outcome = host.Run("Invoke-BedrockConverse -Message 'big' -ModelId $Model @Connection" + (stream ? " -Stream" : string.Empty));

            Assert.Empty(outcome.Errors);
            var result = Assert.IsType<ConverseResult>(Assert.Single(outcome.Output));
            Assert.Equal(reply.Length, result.Text!.Length);
            Assert.Equal(1, host.Emulator.RequestCount);
        }

        [Fact]
        public void Stream_frame_announcing_a_hundred_megabytes_is_refused_unread()
        {
            byte[] body = RawResponseServer.Prelude(100u * 1024 * 1024, 0);
            using var server = new RawResponseServer(() => RawResponseServer.Http(
                "HTTP/1.1 200 OK\nContent-Type: application/vnd.amazon.eventstream\nx-amzn-RequestId: oversized-1\nConnection: close", body));
            using var host = new CmdletRunspace();

            ScriptOutcome outcome = host.Run(
                $"$c = $Connection.Clone(); $c.EndpointUrl = '{server.EndpointUrl}'; Invoke-BedrockConverse -Message 'hello' -ModelId $Model -Stream @c", DoesNotHang);

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.StreamInterrupted");
            Assert.Equal("oversized-1", ((BedrockServiceException)error.Exception).RequestId);
            Assert.Equal(1, server.RequestCount);
        }

        [Fact]
        public void Body_announcing_three_gigabytes_is_not_read_and_gives_one_error()
        {
            byte[] body = System.Text.Encoding.UTF8.GetBytes("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"");
            using var server = new RawResponseServer(() => RawResponseServer.Http(
                "HTTP/1.1 200 OK\nContent-Type: application/json\nx-amzn-RequestId: oversized-2\nContent-Length: 3000000000\nConnection: close", body));
            using var host = new CmdletRunspace();

            ScriptOutcome outcome = host.Run(
                $"$c = $Connection.Clone(); $c.EndpointUrl = '{server.EndpointUrl}'; Invoke-BedrockConverse -Message 'hello' -ModelId $Model @c", DoesNotHang);

            ErrorRecord error = outcome.SingleModuleError("BedrockPS.InvalidResponse");
            Assert.Contains("not read", error.Exception.Message);
            Assert.Empty(outcome.Output);
            Assert.Equal(1, server.RequestCount);
        }
    }
}
