using System;
using System.Management.Automation;
using System.Security;

namespace BedrockPS.Configuration
{
    /// <summary>
    /// Credentials as the user gave them: an access key pair (from a PSCredential: access key id as the user
    /// name, secret access key as the password) or an AWSCredentials object passed through untouched.
    /// Kept free of AWSSDK types so this assembly never binds AWSSDK.Core itself (dependency isolation).
    /// </summary>
    internal sealed class CredentialInput
    {
        private CredentialInput(string? accessKeyId, SecureString? secretAccessKey, object? awsCredentials)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            AwsCredentials = awsCredentials;
        }

        public string? AccessKeyId { get; }

        public SecureString? SecretAccessKey { get; }

        /// <summary>An Amazon.Runtime.AWSCredentials instance supplied as is.</summary>
        public object? AwsCredentials { get; }

        /// <summary>
        /// Accepts a PSCredential, an AWSCredentials object, or anything wrapping one of them in a PSObject.
        /// Returns null for null; throws ArgumentException for other types.
        /// </summary>
        public static CredentialInput? From(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            switch (value)
            {
                case null:
                    return null;
                case CredentialInput existing:
                    return existing;
                case PSCredential credential:
                    if (string.IsNullOrWhiteSpace(credential.UserName))
                        throw new ArgumentException("The credential needs the access key id as its user name.");
                    return new CredentialInput(credential.UserName.Trim(), credential.Password, null);
                default:
                    if (IsAwsCredentials(value.GetType()))
                        return new CredentialInput(null, null, value);
                    throw new ArgumentException(
                        "Credential must be a PSCredential (access key id as user name, secret access key as password) " +
                        "or an Amazon.Runtime.AWSCredentials object; got " + value.GetType().FullName + ".");
            }
        }

        /// <summary>Access key id shown with its middle hidden, or a description; never the secret.</summary>
        public string Describe()
        {
            if (AccessKeyId != null) return Mask(AccessKeyId);
            return AwsCredentials != null ? AwsCredentials.GetType().Name : "none";
        }

        public override string ToString() => Describe();

        internal static string Mask(string accessKeyId)
        {
            if (accessKeyId.Length <= 8) return new string('*', accessKeyId.Length);
            return accessKeyId.Substring(0, 4) + new string('*', accessKeyId.Length - 8) + accessKeyId.Substring(accessKeyId.Length - 4);
        }

        private static bool IsAwsCredentials(Type type)
        {
            for (Type? current = type; current != null; current = current.BaseType)
            {
                if (current.FullName == "Amazon.Runtime.AWSCredentials") return true;
            }
            return false;
        }
    }
}
