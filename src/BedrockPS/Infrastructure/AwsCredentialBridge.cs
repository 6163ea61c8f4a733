using System;
using System.Reflection;
using BedrockPS.Configuration;
using BedrockPS.Core;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Puts credentials into BedrockClientOptions.Credentials without this assembly naming an AWSSDK type.
    /// BedrockPS.dll loads in PowerShell's default context, where another module may already have loaded a
    /// different AWSSDK.Core; naming AWSSDK types here would bind to that copy. Reflection through the Core
    /// assembly reaches the AWSSDK.Core that Core itself was loaded with.
    /// </summary>
    internal static class AwsCredentialBridge
    {
        private static readonly PropertyInfo CredentialsProperty =
            typeof(BedrockClientOptions).GetProperty(nameof(BedrockClientOptions.Credentials))
            ?? throw new InvalidOperationException("BedrockClientOptions.Credentials is missing.");

        public static void Apply(BedrockClientOptions options, CredentialInput credential)
        {
            object awsCredentials = credential.AwsCredentials ?? CreateBasic(credential);
            Type expected = CredentialsProperty.PropertyType;
            if (!expected.IsInstanceOfType(awsCredentials))
            {
                throw LocalInputException.InvalidInput(
                    "The AWSCredentials object comes from another copy of AWSSDK.Core (" +
                    awsCredentials.GetType().Assembly.GetName().Version + ") than BedrockPS uses; pass a PSCredential " +
                    "(access key id as user name, secret access key as password) or -ProfileName instead.", "Credential");
            }
            CredentialsProperty.SetValue(options, awsCredentials);
        }

        private static object CreateBasic(CredentialInput credential)
        {
            if (credential.AccessKeyId == null || credential.SecretAccessKey == null)
                throw LocalInputException.InvalidInput("The credential has no access key id or secret access key.", "Credential");
            Type basicType = CredentialsProperty.PropertyType.Assembly.GetType("Amazon.Runtime.BasicAWSCredentials", throwOnError: true)!;
            string secret = SecureStrings.ToPlainText(credential.SecretAccessKey);
            return Activator.CreateInstance(basicType, credential.AccessKeyId, secret)!;
        }
    }
}
