using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Configuration;
using BedrockPS.Core.Models;
using BedrockPS.Core.Tests.Infrastructure;
using Xunit;

namespace BedrockPS.Core.Tests.Reliability
{
    /// <summary>Mistakes Core refuses before any byte is sent: a region that cannot be a host name, identifiers with characters no Bedrock id has.</summary>
    public class LocalRefusalTests
    {
        [Theory]
        [InlineData("not a region")]
        [InlineData("US-EAST-1")]
        [InlineData("us-east-1.evil.example")]
        [InlineData("us-east-1/")]
        public void Region_that_is_not_a_region_name_is_refused(string region)
        {
            BedrockClientOptions options = TestClients.Options();
            options.Region = region;

            var error = Assert.Throws<BedrockServiceException>(() => ConfigurationResolver.Resolve(options));

            Assert.Equal(BedrockErrorCodes.InvalidConfiguration, error.ErrorCode);
            Assert.Contains(region, error.Message);
        }

        [Theory]
        [InlineData("us-east-1")]
        [InlineData("eu-central-2")]
        [InlineData("us-gov-west-1")]
        public void Real_region_names_are_accepted(string region)
        {
            BedrockClientOptions options = TestClients.Options();
            options.Region = region;

            Assert.Equal(region, ConfigurationResolver.Resolve(options).Region);
        }

        [Theory]
        [InlineData("anthropic claude")]
        [InlineData("anthropic.claude<script>")]
        [InlineData("model\nid")]
        [InlineData("model?x=1")]
        [InlineData("modèle")]
        public async Task Model_id_with_a_character_no_bedrock_id_has_is_refused_before_sending(string modelId)
        {
            using var server = new LoopbackServer((request, response) => response.SendJsonAsync(500, "{}"));
            using var client = TestClients.Client(server);
            var request = new ConverseRequest { Messages = new List<Message> { new Message { Role = "user", Content = new List<ContentBlock> { ContentBlock.FromText("hi") } } } };

            await Assert.ThrowsAsync<ArgumentException>(() => client.ConverseAsync(modelId, request, CancellationToken.None));

            Assert.Equal(0, server.RequestCount);
        }
    }
}
