using System;
using System.IO;
using BedrockPS.Core.Configuration;
using BedrockPS.Core.Tests.Infrastructure;

namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>
    /// Without any profile store the profile chain is skipped and the environment's keys sign as before (with the
    /// shared files present, a profile named by AWS_PROFILE is still read: see <see cref="ProfileTests"/>). No shared
    /// files fixture here: the SDK caches what it read per file path.
    /// </summary>
    [Collection(nameof(ProcessEnvironmentCollection))]
    public sealed class SharedProfileStoresTests
    {
        private static BedrockClientOptions FromEnvironment(params (string Name, string Value)[] variables)
        {
            var options = TestClients.Options(null);
            options.IgnoreSharedConfig = false;
            options.Region = null;
            options.Credentials = null;
            options.ProfileName = null;
            options.EnvironmentReader = name =>
            {
                foreach (var (variable, value) in variables)
                {
                    if (variable == name) return value;
                }
                return null;
            };
            return options;
        }

        [Fact]
        public void Without_any_store_the_environment_keys_sign_and_no_profile_is_used()
        {
            var savedConfig = Environment.GetEnvironmentVariable("AWS_CONFIG_FILE");
            var savedCredentials = Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
            var missing = Path.Combine(Path.GetTempPath(), "bedrockps-no-store-" + Guid.NewGuid().ToString("N"));
            try
            {
                Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(missing, "config"));
                Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(missing, "credentials"));
                if (Path.DirectorySeparatorChar == '/')
                {
                    Assert.False(SharedProfileStores.AnyExists());
                }
                using var client = new BedrockClient(FromEnvironment(
                    ("AWS_PROFILE", "bedrock-test"), ("AWS_REGION", "ap-south-1"),
                    ("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT"), ("AWS_SECRET_ACCESS_KEY", "secret-from-environment")));
                Assert.Equal("ap-south-1", client.Region);
                Assert.Equal("sigv4", client.AuthenticationScheme);
            }
            finally
            {
                Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", savedConfig);
                Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", savedCredentials);
            }
        }
    }
}
