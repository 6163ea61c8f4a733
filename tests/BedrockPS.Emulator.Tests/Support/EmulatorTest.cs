using System;

namespace BedrockPS.Emulator.Tests.Support
{
    /// <summary>A test class with its own emulator (default options) and a signing client for it, both stopped after each test.</summary>
    public abstract class EmulatorTest : IDisposable
    {
        protected EmulatorTest()
        {
            Emulator = BedrockEmulator.Start(new EmulatorOptions());
            Client = new EmulatorClient(Emulator);
        }

        private protected BedrockEmulator Emulator { get; }

        private protected EmulatorClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Emulator.Dispose();
        }
    }
}
