using System.Collections.Generic;

namespace BedrockPS.Emulator.Auth
{
    /// <summary>The access keys and API keys the emulator's account knows. Read-only once built.</summary>
    internal sealed class KeyTable
    {
        private readonly Dictionary<string, EmulatorKeyPair> _keyPairs = new Dictionary<string, EmulatorKeyPair>();
        private readonly HashSet<string> _apiKeys = new HashSet<string>();

        public KeyTable(IEnumerable<EmulatorKeyPair> keyPairs, IEnumerable<string> apiKeys)
        {
            foreach (var pair in keyPairs)
            {
                _keyPairs[pair.AccessKeyId] = pair;
            }
            foreach (var key in apiKeys)
            {
                _apiKeys.Add(key);
            }
        }

        public EmulatorKeyPair? Find(string accessKeyId) => _keyPairs.TryGetValue(accessKeyId, out var pair) ? pair : null;

        public bool IsKnownApiKey(string apiKey) => _apiKeys.Contains(apiKey);
    }
}
