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

        private DependencyFolder(string path, string? precompiledPath = null)
        {
            Path = path;
            PrecompiledPath = precompiledPath;
        }

        internal string Path { get; }

        /// <summary>The subfolder of precompiled copies this process may use, when it exists.</summary>
        internal string? PrecompiledPath { get; }

        internal bool Exists => Directory.Exists(Path);

        internal static DependencyFolder NextTo(Assembly moduleAssembly)
        {
            string moduleDirectory = System.IO.Path.GetDirectoryName(moduleAssembly.Location) ?? string.Empty;
            return new DependencyFolder(System.IO.Path.Combine(moduleDirectory, FolderName));
        }

        /// <summary>
        /// The same folder, serving a precompiled copy first where the build made one for this runtime and platform
        /// (see <see cref="PrecompiledCode"/>). Only PowerShell 7 asks for this; Windows PowerShell never does.
        /// </summary>
        internal DependencyFolder PreferringPrecompiledCode()
        {
            string? name = PrecompiledCode.FolderNameForCurrentProcess();
            string? candidate = name == null ? null : System.IO.Path.Combine(Path, name);
            return new DependencyFolder(Path, candidate != null && Directory.Exists(candidate) ? candidate : null);
        }

        /// <summary>The file that would hold the named assembly, or null when the folder has no such file.</summary>
        internal string? FileFor(AssemblyName name)
        {
            if (string.IsNullOrEmpty(name.Name) || name.Name!.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }

            string fileName = name.Name + ".dll";
            if (PrecompiledPath != null)
            {
                string precompiled = System.IO.Path.Combine(PrecompiledPath, fileName);
                if (File.Exists(precompiled))
                {
                    return precompiled;
                }
            }

            string candidate = System.IO.Path.Combine(Path, fileName);
            return File.Exists(candidate) ? candidate : null;
        }

        internal static bool IsOwnAssembly(AssemblyName name) =>
            name.Name != null && name.Name.StartsWith(OwnAssemblyPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
