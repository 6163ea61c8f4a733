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
                "",
                "[profile web-identity]",
                "region = us-west-2",
                "role_arn = arn:aws:iam::123456789012:role/ci",
                "web_identity_token_file = " + Path.Combine(folder, "token"),
                "",
                "[profile sso-user]",
                "region = us-east-2",
                "sso_start_url = https://example.awsapps.com/start",
                "sso_region = us-east-1",
                "sso_account_id = 123456789012",
                "sso_role_name = Bedrock",
                ""));
            File.WriteAllText(Path.Combine(folder, "token"), "header.payload.signature");
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
