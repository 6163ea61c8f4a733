using System;
using System.Collections.Generic;
using System.Text;
using Amazon.Runtime;
using BedrockPS.Core.Auth;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Startup
{
    /// <summary>
    /// Prepares, on a background thread while the module is still being imported, the code a process's first call
    /// runs: signing (the platform's first SHA-256 and HMAC), the Converse body writer and answer reader, and the
    /// loading of this assembly and AWSSDK.Core. A CI step is a fresh process whose first call would otherwise do all
    /// of it on the pipeline thread. Nothing is sent, read or written; the values are fixed placeholders.
    /// </summary>
    public static class FirstCallWarmup
    {
        private static readonly byte[] SampleAnswer = Encoding.UTF8.GetBytes(
            "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"ready\"}]}},\"stopReason\":\"end_turn\","
            + "\"usage\":{\"inputTokens\":1,\"outputTokens\":1,\"totalTokens\":2},\"metrics\":{\"latencyMs\":1}}");

        /// <summary>Runs the first-call paths once with placeholder values; never throws.</summary>
        public static void Run()
        {
            try
            {
                var request = new ConverseRequest
                {
                    Messages = { new Message { Role = "user", Content = { ContentBlock.FromText("ready?") } } },
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 1 },
                };
                byte[] body = ConverseBodyWriter.Write(request, streaming: false);
                SigV4Signer.Sign(
                    "POST",
                    "localhost",
                    "/model/placeholder/converse",
                    new[] { new KeyValuePair<string, string>("Content-Type", "application/json") },
                    body,
                    new ImmutableCredentials("AKIDPLACEHOLDER", "placeholder", null),
                    "us-east-1",
                    "bedrock",
                    DateTime.UtcNow);
                ConverseResponseReader.Read(SampleAnswer);
            }
            catch (Exception)
            {
                // Only a head start: whatever failed here fails again, and is reported, on the real call.
            }
        }
    }
}
