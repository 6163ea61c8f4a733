using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>Checks an error response has the service's shape: status, X-Amzn-Errortype, request id, {"message"}.</summary>
    internal static class ErrorAssert
    {
        public static async Task<string> IsAsync(HttpResponseMessage response, int status, string errorType)
        {
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(status == (int)response.StatusCode, "expected " + status + " but got " + (int)response.StatusCode + ": " + body);
            Assert.Equal(errorType, response.Headers.GetValues("X-Amzn-Errortype").Single());
            Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("x-amzn-RequestId").Single()));
            var json = JsonNode.Parse(body)!.AsObject();
            string message = json["message"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(message));
            return message;
        }
    }
}
