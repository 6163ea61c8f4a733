using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Emulators
{
    /// <summary>
    /// The emulators started in this process, so Get-/Stop-BedrockEmulator can find them. Guarded by a lock;
    /// readers get copies.
    /// </summary>
    internal static class EmulatorRegistry
    {
        private static readonly object Gate = new object();
        private static readonly List<EmulatorInfo> Running = new List<EmulatorInfo>();

        public static void Add(EmulatorInfo emulator)
        {
            lock (Gate)
            {
                Running.Add(emulator);
            }
        }

        public static bool Remove(EmulatorInfo emulator)
        {
            lock (Gate)
            {
                return Running.Remove(emulator);
            }
        }

        public static IReadOnlyList<EmulatorInfo> Snapshot()
        {
            lock (Gate)
            {
                return Running.ToList();
            }
        }

        /// <summary>Stops every emulator (module removal).</summary>
        public static void StopAll()
        {
            List<EmulatorInfo> all;
            lock (Gate)
            {
                all = Running.ToList();
                Running.Clear();
            }
            foreach (EmulatorInfo emulator in all) emulator.Emulator.Stop();
        }
    }
}
