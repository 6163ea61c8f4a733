using System;
using System.IO;
using System.Reflection;

namespace BedrockPS.Loading
{
    /// <summary>The module's dependencies folder: BedrockPS.Core, the emulator and every third-party assembly.</summary>
    internal sealed class DependencyFolder
    {
        internal const string FolderName = "dependencies";

        // Only the module's own assemblies are bridged into the default context; third-party names never are,
        // so other modules keep resolving their own copies.
        private const string OwnAssemblyPrefix = "BedrockPS.";

        private DependencyFolder(string path)
        {
            Path = path;
        }

        internal string Path { get; }

        internal bool Exists => Directory.Exists(Path);

        internal static DependencyFolder NextTo(Assembly moduleAssembly)
        {
            string moduleDirectory = System.IO.Path.GetDirectoryName(moduleAssembly.Location) ?? string.Empty;
            return new DependencyFolder(System.IO.Path.Combine(moduleDirectory, FolderName));
        }

        /// <summary>The file that would hold the named assembly, or null when the folder has no such file.</summary>
        internal string? FileFor(AssemblyName name)
        {
            if (string.IsNullOrEmpty(name.Name) || name.Name!.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }

            string candidate = System.IO.Path.Combine(Path, name.Name + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        internal static bool IsOwnAssembly(AssemblyName name) =>
            name.Name != null && name.Name.StartsWith(OwnAssemblyPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
