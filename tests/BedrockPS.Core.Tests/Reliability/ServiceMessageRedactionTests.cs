using System.Text;
using System.Text.Json;
using BedrockPS.Core.Errors;
using Xunit;

namespace BedrockPS.Core.Tests.Reliability
{
    public class ServiceMessageRedactionTests
    {
        private const string Token = "IQoJb3JpZ2luX2VjEXAMPLEtokenValue+abc/def==";

        private static string SignatureMessage() =>
            "The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n" +
            "'POST\n/model/m%253A0/converse\n\nhost:bedrock-runtime.us-east-1.amazonaws.com\nx-amz-date:20260101T000000Z\nx-amz-security-token:" + Token +
            "\n\nhost;x-amz-date;x-amz-security-token\nabc'";

        [Fact]
        public void Signature_error_keeps_its_explanation_but_not_the_session_token()
        {
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new { message = SignatureMessage() });

            BedrockServiceException error = ServiceErrorParser.FromHttpResponse(403, "InvalidSignatureException", body, "r1");

            Assert.Equal("InvalidSignatureException", error.ErrorCode);
            Assert.Contains("x-amz-security-token:<redacted>", error.Message);
            Assert.Contains("host;x-amz-date;x-amz-security-token", error.Message);
            Assert.DoesNotContain(Token, error.Message);
            Assert.DoesNotContain(Token, error.ResponseBody);
            Assert.DoesNotContain("IQoJb3JpZ2luX2Vj", error.ToString());
        }

        [Fact]
        public void Stream_error_message_loses_the_session_token_too()
        {
            byte[] payload = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { message = "X-Amz-Security-Token=" + Token + "&X-Amz-Date=1" }));

            BedrockServiceException error = ServiceErrorParser.FromStreamException("validationException", payload, null);

            Assert.Equal("X-Amz-Security-Token=<redacted>&X-Amz-Date=1", error.Message);
        }

        [Fact]
        public void Messages_without_a_token_are_unchanged()
        {
            Assert.Equal("Too many requests, please wait.", ServiceMessageRedaction.Redact("Too many requests, please wait."));
            Assert.Null(ServiceMessageRedaction.Redact(null));
        }
    }
}
