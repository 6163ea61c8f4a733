using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace BedrockPS.Loading
{
    /// <summary>
    /// Starts Core's first-call warm-up on the thread pool as the module is imported, so it overlaps the rest of the
    /// import and the binding of the first command instead of adding to the first call.
    /// </summary>
    internal static class FirstCallHeadStart
    {
        private static int _started;

        internal static void Begin()
        {
            if (Interlocked.Exchange(ref _started, 1) == 0)
            {
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    try
                    {
                        WarmUp();
                    }
                    catch (Exception)
                    {
                        // Core could not be loaded (the module was removed at once, or its files are damaged): the
                        // first command reports that itself. An exception here would end the process.
                    }
                });
            }
        }

        // Kept out of Begin so that Core is loaded (by the resolver just installed) on the pool thread, not here.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void WarmUp() => BedrockPS.Core.Startup.FirstCallWarmup.Run();
    }
}
