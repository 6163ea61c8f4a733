using System;
using System.Collections.Generic;
using System.Reflection;

namespace BedrockPS.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 has a single load context, so the best it allows is to serve the dependencies folder
    /// whenever the normal probe fails (which includes version mismatches, acting as a binding redirect).
    /// </summary>
    internal sealed class AppDomainResolver : IDependencyResolver
    {
        private readonly DependencyFolder _folder;
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        internal AppDomainResolver(DependencyFolder folder)
        {
            _folder = folder;
        }

        public void Install() => AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;

        public void Uninstall() => AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;

        private Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            string? path = _folder.FileFor(name);
            if (path == null)
            {
                return null;
            }

            lock (_loaded)
            {
                if (!_loaded.TryGetValue(path, out Assembly? assembly))
                {
                    assembly = Assembly.LoadFrom(path);
                    _loaded[path] = assembly;
                }

                return assembly;
            }
        }
    }
}
