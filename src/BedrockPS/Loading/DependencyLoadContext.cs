using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace BedrockPS.Loading
{
    /// <summary>
    /// The "BedrockPS" load context: BedrockPS.Core, the emulator and the third-party assemblies they need, loaded
    /// from the dependencies folder, so a different AWSSDK.Core (or anything else) in the default context cannot
    /// clash with ours.
    /// </summary>
    /// <remarks>
    /// Assemblies that the PowerShell host itself ships (System.Text.Json, Microsoft.Bcl.AsyncInterfaces,
    /// System.Threading.Channels on PowerShell 7) are shared with the default context whenever its copy is at least
    /// the version asked for. Sharing keeps one identity for types that cross between the cmdlet assembly and Core
    /// (a JsonElement or an IAsyncEnumerable made by Core must be the same type the cmdlets compiled against);
    /// only when the default context holds an older copy do we load our own.
    /// </remarks>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        internal const string ContextName = "BedrockPS";

        private readonly DependencyFolder _folder;
        private readonly PlatformAssemblies _platform = new PlatformAssemblies();
        private readonly Dictionary<string, Assembly> _loadedFromFolder = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        internal DependencyLoadContext(DependencyFolder folder)
        {
            _folder = folder;
            NameThisContext();
        }

        internal bool HasFileFor(AssemblyName name) => _folder.FileFor(name) != null;

        public override string ToString() => ContextName + " (" + _folder.Path + ")";

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string? path = _folder.FileFor(assemblyName);
            if (path == null)
            {
                // Not ours to serve (the framework itself, System.Management.Automation, ...): let the default
                // context answer.
                return null;
            }

            Assembly? shared = _platform.SharedCopy(assemblyName);
            if (shared != null)
            {
                return shared;
            }

            // Two threads may ask for the same dependency at once; a context must load each file only once.
            lock (_loadedFromFolder)
            {
                if (!_loadedFromFolder.TryGetValue(path, out Assembly? loaded))
                {
                    loaded = LoadFromAssemblyPath(path);
                    _loadedFromFolder[path] = loaded;
                }

                return loaded;
            }
        }

        // The constructor that takes a name exists on every runtime PowerShell 7 runs on, but not in the
        // netstandard2.0 surface this assembly compiles against; the name only serves diagnostics
        // ([AssemblyLoadContext]::All, debuggers), so it is set where the runtime keeps it and skipped if absent.
        private void NameThisContext()
        {
            FieldInfo? nameField = typeof(AssemblyLoadContext).GetField("_name", BindingFlags.Instance | BindingFlags.NonPublic);
            if (nameField != null && nameField.FieldType == typeof(string))
            {
                try
                {
                    nameField.SetValue(this, ContextName);
                }
                catch (FieldAccessException)
                {
                }
            }
        }
    }
}
