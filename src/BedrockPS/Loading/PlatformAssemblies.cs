using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace BedrockPS.Loading
{
    /// <summary>
    /// What the PowerShell 7 host already provides in the default context: the runtime's trusted platform
    /// assemblies (the framework and PowerShell's own dependencies).
    /// </summary>
    internal sealed class PlatformAssemblies
    {
        private readonly Lazy<Dictionary<string, string>> _trustedPaths =
            new Lazy<Dictionary<string, string>>(ReadTrustedPlatformAssemblies);

        /// <summary>
        /// The default context's copy of the named assembly when it is (or would be) at least the version asked for,
        /// or null when our own copy must be loaded.
        /// </summary>
        internal Assembly? SharedCopy(AssemblyName requested)
        {
            Version wanted = requested.Version ?? new Version(0, 0);
            Assembly? alreadyLoaded = FindInDefaultContext(requested.Name!);
            if (alreadyLoaded != null)
            {
                Version loaded = alreadyLoaded.GetName().Version ?? new Version(0, 0);
                return loaded >= wanted ? alreadyLoaded : null;
            }

            if (!_trustedPaths.Value.TryGetValue(requested.Name!, out string? path))
            {
                return null;
            }

            Version? platformVersion = TryReadVersion(path);
            if (platformVersion == null || platformVersion < wanted)
            {
                return null;
            }

            try
            {
                // By name, so the default context hands out its own copy (loading it now if nobody has yet).
                return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(requested.Name!));
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is FileLoadException)
            {
                return null;
            }
        }

        private static Assembly? FindInDefaultContext(string simpleName)
        {
            foreach (Assembly assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                // The name from FullName ("Name, Version=..."), which the runtime keeps: GetName() would parse a new
                // AssemblyName for each of the hundred or so assemblies of a session, on every dependency load.
                string fullName = assembly.FullName ?? string.Empty;
                if (fullName.Length > simpleName.Length && fullName[simpleName.Length] == ','
                    && fullName.StartsWith(simpleName, StringComparison.OrdinalIgnoreCase)
                    && AssemblyLoadContext.GetLoadContext(assembly) == AssemblyLoadContext.Default)
                {
                    return assembly;
                }
            }

            return null;
        }

        private static Version? TryReadVersion(string path)
        {
            try
            {
                return AssemblyName.GetAssemblyName(path).Version;
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static Dictionary<string, string> ReadTrustedPlatformAssemblies()
        {
            var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
            {
                foreach (string path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
                {
                    byName[Path.GetFileNameWithoutExtension(path)] = path;
                }
            }

            return byName;
        }
    }
}
