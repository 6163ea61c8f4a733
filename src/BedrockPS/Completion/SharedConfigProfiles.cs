using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BedrockPS.Completion
{
    /// <summary>
    /// The profile names of the shared AWS files (credentials and config, at their usual places or where
    /// AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE point). Read with plain file access on purpose: this
    /// assembly must not name AWSSDK types (see AwsCredentialBridge), and section headers are all completion needs.
    /// </summary>
    internal static class SharedConfigProfiles
    {
        public static IReadOnlyList<string> Names()
        {
            var names = new List<string>();
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            string credentials = Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE") is string c && c.Length > 0
                ? c : Path.Combine(home, ".aws", "credentials");
            string config = Environment.GetEnvironmentVariable("AWS_CONFIG_FILE") is string f && f.Length > 0
                ? f : Path.Combine(home, ".aws", "config");
            names.AddRange(Sections(credentials).Where(s => s.IndexOf(' ') < 0));
            // In the config file a profile is "[profile name]" or "[default]"; other sections (sso-session,
            // services) are not profiles.
            foreach (string section in Sections(config))
            {
                if (section == "default") names.Add(section);
                else if (section.StartsWith("profile ", StringComparison.Ordinal)) names.Add(section.Substring("profile ".Length).Trim());
            }
            return names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        }

        private static IEnumerable<string> Sections(string path)
        {
            string[] lines;
            try
            {
                if (!File.Exists(path)) return Array.Empty<string>();
                lines = File.ReadAllLines(path);
            }
            catch (Exception)
            {
                // An unreadable file offers nothing to complete; the real call reports it.
                return Array.Empty<string>();
            }
            return lines.Select(l => l.Trim())
                .Where(l => l.StartsWith("[", StringComparison.Ordinal) && l.EndsWith("]", StringComparison.Ordinal))
                .Select(l => l.Substring(1, l.Length - 2).Trim())
                .ToList();
        }
    }
}
