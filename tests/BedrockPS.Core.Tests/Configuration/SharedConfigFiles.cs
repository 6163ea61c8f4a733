using System;
using System.IO;

namespace BedrockPS.Core.Tests.Configuration
{
    /// <summary>
    /// Temporary shared config and credentials files, found by AWSSDK.Core through AWS_CONFIG_FILE and
    /// AWS_SHARED_CREDENTIALS_FILE. Created once per test class: the SDK caches what it read per file path.
    /// </summary>
    public sealed class SharedConfigFiles : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "bedrockps-profile-" + Guid.NewGuid().ToString("N"));
        private readonly string? previousConfig = Environment.GetEnvironmentVariable("AWS_CONFIG_FILE");
        private readonly string? previousCredentials = Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");

        public SharedConfigFiles()
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "config"), string.Join("\n",
                "[profile bedrock-test]",
                "region = eu-west-3",
                "max_attempts = 4",
                "retry_mode = adaptive",
                ""));
            File.WriteAllText(Path.Combine(folder, "credentials"), string.Join("\n",
                "[bedrock-test]",
                "aws_access_key_id = AKIDPROFILE",
                "aws_secret_access_key = profilesecret",
                ""));
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(folder, "config"));
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(folder, "credentials"));
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", previousConfig);
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", previousCredentials);
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
