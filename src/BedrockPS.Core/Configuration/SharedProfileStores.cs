using System;
using System.IO;

namespace BedrockPS.Core.Configuration
{
    /// <summary>
    /// Whether any store AWSSDK.Core reads profiles from exists: the shared credentials and config files (at their
    /// usual places or where AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE point) and, on Windows, the SDK's own
    /// encrypted store. A CI runner usually has none; then opening the SDK's profile chain (which sets up the SDK's
    /// configuration and parses nothing) only costs the first call time, and its answer is known: no profile.
    /// </summary>
    internal static class SharedProfileStores
    {
        public static bool AnyExists()
        {
            return Exists(Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE"), "credentials")
                || Exists(Environment.GetEnvironmentVariable("AWS_CONFIG_FILE"), "config")
                || SdkStoreExists();
        }

        private static bool Exists(string? configured, string defaultName)
        {
            try
            {
                if (!string.IsNullOrEmpty(configured))
                {
                    return File.Exists(configured);
                }
                // The SDK takes the user profile folder; HOME is checked too in case the two differ.
                foreach (var home in new[] { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable("HOME") })
                {
                    if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, ".aws", defaultName)))
                    {
                        return true;
                    }
                }
                return false;
            }
            catch (Exception)
            {
                // Unsure means "maybe": let the SDK look.
                return true;
            }
        }

        private static bool SdkStoreExists()
        {
            if (Path.DirectorySeparatorChar != '\\')
            {
                return false;
            }
            try
            {
                var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
                return string.IsNullOrEmpty(local) || File.Exists(Path.Combine(local, "AWSToolkit", "RegisteredAccounts.json"));
            }
            catch (Exception)
            {
                return true;
            }
        }
    }
}
