using System.Management.Automation;

namespace BedrockPS.Cmdlets
{
    /// <summary>Resolves a -Path the way PowerShell users expect: relative to the current location, PSDrives allowed, file need not exist.</summary>
    internal static class SessionPaths
    {
        internal static string Resolve(PSCmdlet cmdlet, string path)
        {
            return cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        }
    }
}
