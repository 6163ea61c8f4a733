using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BedrockPS.Emulator.Caching
{
    /// <summary>
    /// Follows a request in prompt order (tools, system, messages), chaining a SHA-256 over each element's JSON and
    /// summing its tokens, so that each cachePoint can record the prefix before it by hash, never by text.
    /// </summary>
    internal sealed class PromptPrefixTracker
    {
        private byte[] _hash = new byte[32];
        private int _tokens;

        public void Add(JsonNode? element, int tokens)
        {
            byte[] text = Encoding.UTF8.GetBytes(element?.ToJsonString() ?? "null");
            byte[] chained = new byte[_hash.Length + text.Length];
            Buffer.BlockCopy(_hash, 0, chained, 0, _hash.Length);
            Buffer.BlockCopy(text, 0, chained, _hash.Length, text.Length);
            using (var sha = SHA256.Create())
            {
                _hash = sha.ComputeHash(chained);
            }
            _tokens += tokens;
        }

        public CacheCheckpoint Mark(string location, string ttl) =>
            new CacheCheckpoint(location, Convert.ToBase64String(_hash), _tokens, ttl);
    }
}
