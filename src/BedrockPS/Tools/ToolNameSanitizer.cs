using System.Text;

namespace BedrockPS.Tools
{
    /// <summary>
    /// Turns a PowerShell command name into a Bedrock tool name ([a-zA-Z0-9_-]{1,64}): the service rejects any other
    /// character, and command names often carry dots, spaces or module qualifiers.
    /// </summary>
    internal static class ToolNameSanitizer
    {
        internal const int MaxLength = 64;

        internal static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (builder.Length == MaxLength)
                {
                    break;
                }

                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                builder.Append(allowed ? c : '_');
            }

            return builder.Length == 0 ? "tool" : builder.ToString();
        }

        internal static bool IsValid(string? name)
        {
            if (string.IsNullOrEmpty(name) || name!.Length > MaxLength)
            {
                return false;
            }

            return Sanitize(name) == name;
        }
    }
}
