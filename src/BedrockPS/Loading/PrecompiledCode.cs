using System;
using System.Runtime.InteropServices;

namespace BedrockPS.Loading
{
    /// <summary>
    /// Names the dependencies subfolder that holds ReadyToRun (precompiled) copies of the assemblies a first call
    /// runs through, for the runtime and platform this process is on.
    /// </summary>
    /// <remarks>
    /// Precompiled code saves the JIT its work on the first call of every fresh process (a CI step is one). The
    /// copies are the same IL as the files in dependencies/ with native code added, made for one operating system,
    /// one architecture and .NET 10 or later (the runtime of PowerShell 7.6); a runtime refuses native code made
    /// for another platform, so the folder is chosen here and used only when it matches. Anything else (Windows
    /// PowerShell 5.1, PowerShell 7.4 on .NET 8, a platform the build did not precompile for) loads the plain files.
    /// </remarks>
    internal static class PrecompiledCode
    {
        internal const int MinimumRuntimeMajorVersion = 10;

        /// <summary>The subfolder name for this process ("net10.0-linux-x64"), or null when none can apply.</summary>
        internal static string? FolderNameForCurrentProcess()
        {
            string? os = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : null;
            return FolderNameFor(os, RuntimeInformation.ProcessArchitecture, Environment.Version);
        }

        internal static string? FolderNameFor(string? operatingSystem, Architecture architecture, Version runtimeVersion)
        {
            if (operatingSystem == null || runtimeVersion.Major < MinimumRuntimeMajorVersion)
            {
                return null;
            }

            string? cpu = architecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                _ => null,
            };
            return cpu == null ? null : "net" + MinimumRuntimeMajorVersion + ".0-" + operatingSystem + "-" + cpu;
        }
    }
}
