using System;
using System.Management.Automation;
using BedrockPS.Configuration;
using BedrockPS.Core;
using BedrockPS.Infrastructure;
using Xunit;

namespace BedrockPS.Tests.Infrastructure
{
    public class ClientProviderTests
    {
        private static PSCredential Credential(string accessKeyId, string secret) =>
            new PSCredential(accessKeyId, SecureStrings.FromPlainText(secret));

        [Fact]
        public void Parameters_win_over_session_defaults_setting_by_setting()
        {
            var session = new SessionConfiguration { Region = "eu-west-1", EndpointUrl = new Uri("http://127.0.0.1:1"), MaxAttempts = 7, TimeoutSec = 30 };
            var parameters = new ConnectionParameters { Region = "us-west-2" };

            BedrockClientOptions options = ClientProvider.ResolveOptions(parameters, session, out _);

            Assert.Equal("us-west-2", options.Region);
            Assert.Equal(new Uri("http://127.0.0.1:1"), options.EndpointUrl);
            Assert.Equal(7, options.MaxAttempts);
            Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        }

        [Fact]
        public void A_profile_given_on_the_call_replaces_the_session_identity_whole()
        {
            var session = new SessionConfiguration
            {
                Credential = CredentialInput.From(Credential("AKIASESSION000000000", "session-secret")),
                ApiKey = SecureStrings.FromPlainText("session-api-key"),
            };

            BedrockClientOptions options = ClientProvider.ResolveOptions(new ConnectionParameters { ProfileName = "work" }, session, out _);

            Assert.Equal("work", options.ProfileName);
            Assert.Null(options.Credentials);
            Assert.Null(options.ApiKey);
        }

        [Fact]
        public void A_PSCredential_becomes_basic_AWS_credentials()
        {
            var parameters = new ConnectionParameters { Credential = CredentialInput.From(Credential("AKIAEXAMPLE000000000", "example-secret")) };

            BedrockClientOptions options = ClientProvider.ResolveOptions(parameters, new SessionConfiguration(), out _);

            Assert.NotNull(options.Credentials);
            var immutable = options.Credentials!.GetCredentials();
            Assert.Equal("AKIAEXAMPLE000000000", immutable.AccessKey);
            Assert.Equal("example-secret", immutable.SecretKey);
        }

        [Fact]
        public void The_cache_key_tells_secrets_apart_without_containing_them()
        {
            var first = new ConnectionParameters { Credential = CredentialInput.From(Credential("AKIAEXAMPLE000000000", "first-secret")) };
            var second = new ConnectionParameters { Credential = CredentialInput.From(Credential("AKIAEXAMPLE000000000", "second-secret")) };

            ClientProvider.ResolveOptions(first, new SessionConfiguration(), out string firstKey);
            ClientProvider.ResolveOptions(second, new SessionConfiguration(), out string secondKey);

            Assert.NotEqual(firstKey, secondKey);
            Assert.DoesNotContain("first-secret", firstKey);
            Assert.DoesNotContain("second-secret", secondKey);
        }

        [Fact]
        public void Calls_with_the_same_configuration_share_one_client()
        {
            var parameters = new ConnectionParameters { Region = "ap-southeast-2", EndpointUrl = new Uri("http://127.0.0.1:9/shared") };

            IBedrockService first = ClientProvider.GetService(parameters);
            IBedrockService second = ClientProvider.GetService(new ConnectionParameters { Region = "ap-southeast-2", EndpointUrl = new Uri("http://127.0.0.1:9/shared") });
            IBedrockService other = ClientProvider.GetService(new ConnectionParameters { Region = "ap-southeast-1", EndpointUrl = new Uri("http://127.0.0.1:9/shared") });

            Assert.Same(first, second);
            Assert.NotSame(first, other);
        }

        [Fact]
        public void The_cache_stays_bounded_and_keeps_the_newest_clients()
        {
            IBedrockService? last = null;
            var lastParameters = new ConnectionParameters();
            for (int i = 0; i < 40; i++)
            {
                lastParameters = new ConnectionParameters { Region = "us-east-1", EndpointUrl = new Uri("http://127.0.0.1:9/bound/" + i) };
                last = ClientProvider.GetService(lastParameters);
            }

            Assert.True(ClientProvider.CachedClientCount <= 32);
            Assert.Same(last, ClientProvider.GetService(lastParameters));
        }

        [Fact]
        public void Credentials_show_only_a_masked_access_key_id()
        {
            CredentialInput input = CredentialInput.From(Credential("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))!;

            Assert.Equal("AKIA************MPLE", input.Describe());
            Assert.Equal(input.Describe(), input.ToString());
        }

        [Fact]
        public void Other_credential_types_are_refused_with_a_clear_message()
        {
            var error = Assert.Throws<ArgumentException>(() => CredentialInput.From(42));

            Assert.Contains("PSCredential", error.Message);
        }

        [Fact]
        public void The_configuration_view_hides_secrets()
        {
            var session = new SessionConfiguration
            {
                Credential = CredentialInput.From(Credential("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
                ApiKey = SecureStrings.FromPlainText("bedrock-api-key-secret"),
            };

            BedrockConfiguration view = ConfigurationView.Create(session);
            string line = ConfigurationView.Describe(session);

            Assert.Equal("set", view.ApiKey);
            Assert.Equal("AKIA************MPLE", view.Credential);
            Assert.DoesNotContain("wJalrXUtnFEMI", line);
            Assert.DoesNotContain("bedrock-api-key-secret", line);
            Assert.Equal("not set", ConfigurationView.Create(new SessionConfiguration()).ApiKey);
        }
    }
}
