using System.Reflection;
using System.Runtime.Loader;

namespace BedrockPS.Loading
{
    /// <summary>
    /// PowerShell 7: the cmdlet assembly lives in the default context; when it asks for one of the module's own
    /// assemblies (BedrockPS.Core, BedrockPS.Emulator), the default context fails to find it and this handler
    /// answers with the copy loaded in the BedrockPS context, which then resolves everything else itself.
    /// </summary>
    internal sealed class LoadContextResolver : IDependencyResolver
    {
        // One context per process: a re-import after Remove-Module must reuse it, because the default context
        // keeps its binding to the BedrockPS.Core it was first given.
        private static DependencyLoadContext? _sharedContext;
        private static readonly object ContextGate = new object();

        private readonly DependencyLoadContext _context;

        internal LoadContextResolver(DependencyFolder folder)
        {
            lock (ContextGate)
            {
                _sharedContext ??= new DependencyLoadContext(folder);
                _context = _sharedContext;
            }
        }

        public void Install() => AssemblyLoadContext.Default.Resolving += OnDefaultResolving;

        public void Uninstall() => AssemblyLoadContext.Default.Resolving -= OnDefaultResolving;

        private Assembly? OnDefaultResolving(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            if (!DependencyFolder.IsOwnAssembly(name))
            {
                return null;
            }

            return _context.HasFileFor(name) ? _context.LoadFromAssemblyName(name) : null;
        }
    }
}
