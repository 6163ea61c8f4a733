using System.Management.Automation;
using System.Runtime.InteropServices;

namespace BedrockPS.Loading
{
    /// <summary>
    /// Runs when PowerShell imports the module, before any cmdlet executes: it makes BedrockPS.Core, the emulator
    /// and every third-party assembly load from the module's dependencies folder, isolated from whatever versions
    /// other modules have already loaded.
    /// </summary>
    // Public because PowerShell looks for IModuleAssemblyInitializer/IModuleAssemblyCleanup among the exported types.
    public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static IDependencyResolver? _resolver;

        /// <summary>Called by Import-Module: installs the dependency resolver for this process (once).</summary>
        public void OnImport()
        {
            lock (Gate)
            {
                if (_resolver != null)
                {
                    return;
                }

                DependencyFolder folder = DependencyFolder.NextTo(typeof(ModuleLoader).Assembly);
                if (!folder.Exists)
                {
                    // Imported straight from a build output (tests, debugging): dependencies sit beside the
                    // cmdlet assembly and the runtime finds them on its own.
                    return;
                }

                _resolver = IsDesktopFramework() ? CreateDesktopResolver(folder) : CreateCoreResolver(folder);
                _resolver.Install();
                FirstCallHeadStart.Begin();
            }
        }

        /// <summary>Called by Remove-Module: stops the emulators this session started and removes the resolver.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            // Emulators started in this session would otherwise keep their ports after Remove-Module.
            Emulators.EmulatorRegistry.StopAll();
            lock (Gate)
            {
                _resolver?.Uninstall();
                _resolver = null;
            }
        }

        private static bool IsDesktopFramework() =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.Ordinal);

        // Kept in separate methods so that the JIT never sees AssemblyLoadContext on Windows PowerShell 5.1,
        // where that type does not exist.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static IDependencyResolver CreateCoreResolver(DependencyFolder folder) =>
            new LoadContextResolver(folder.PreferringPrecompiledCode());

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static IDependencyResolver CreateDesktopResolver(DependencyFolder folder) => new AppDomainResolver(folder);
    }
}
