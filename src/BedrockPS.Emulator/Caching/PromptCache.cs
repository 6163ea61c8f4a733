using System;
using System.Collections.Generic;

namespace BedrockPS.Emulator.Caching
{
    /// <summary>
    /// The emulated prompt cache. A checkpoint whose prefix was written for the same model and has not expired is
    /// read (and its TTL restarts); checkpoints after it, long enough for the model's minimum, are written. Entries
    /// are kept by prefix hash only, with an expiry on the emulator clock; at most <see cref="Capacity"/> entries are
    /// kept (expired ones go first, then the ones closest to expiring). Thread-safe.
    /// </summary>
    internal sealed class PromptCache
    {
        public const int Capacity = 4096;
        private readonly object _gate = new object();
        private readonly Dictionary<string, DateTimeOffset> _expiries = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly Func<DateTimeOffset> _now;

        public PromptCache(Func<DateTimeOffset> now)
        {
            _now = now;
        }

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _expiries.Count;
                }
            }
        }

        public CacheUsage Apply(string modelId, IReadOnlyList<CacheCheckpoint> checkpoints, int minimumTokens)
        {
            if (checkpoints.Count == 0)
            {
                return CacheUsage.None;
            }
            var usage = new CacheUsage();
            DateTimeOffset now = _now();
            lock (_gate)
            {
                int hit = -1;
                for (int i = checkpoints.Count - 1; i >= 0; i--)
                {
                    string key = Key(modelId, checkpoints[i]);
                    if (_expiries.TryGetValue(key, out DateTimeOffset expiry) && expiry > now)
                    {
                        hit = i;
                        _expiries[key] = now + Lifetime(checkpoints[i].Ttl);
                        usage.ReadTokens = checkpoints[i].PrefixTokens;
                        break;
                    }
                }
                int covered = usage.ReadTokens;
                for (int i = hit + 1; i < checkpoints.Count; i++)
                {
                    var checkpoint = checkpoints[i];
                    if (checkpoint.PrefixTokens < minimumTokens || checkpoint.PrefixTokens <= covered)
                    {
                        continue;
                    }
                    Store(Key(modelId, checkpoint), now + Lifetime(checkpoint.Ttl), now);
                    int written = checkpoint.PrefixTokens - covered;
                    usage.WriteTokens += written;
                    usage.WritesByTtl.TryGetValue(checkpoint.Ttl, out int sum);
                    usage.WritesByTtl[checkpoint.Ttl] = sum + written;
                    covered = checkpoint.PrefixTokens;
                }
            }
            return usage;
        }

        private void Store(string key, DateTimeOffset expiry, DateTimeOffset now)
        {
            if (!_expiries.ContainsKey(key) && _expiries.Count >= Capacity)
            {
                var expired = new List<string>();
                string? soonest = null;
                foreach (var entry in _expiries)
                {
                    if (entry.Value <= now)
                    {
                        expired.Add(entry.Key);
                    }
                    else if (soonest == null || entry.Value < _expiries[soonest])
                    {
                        soonest = entry.Key;
                    }
                }
                expired.ForEach(k => _expiries.Remove(k));
                if (_expiries.Count >= Capacity && soonest != null)
                {
                    _expiries.Remove(soonest);
                }
            }
            _expiries[key] = expiry;
        }

        private static string Key(string modelId, CacheCheckpoint checkpoint) => modelId + "|" + checkpoint.PrefixHash;

        private static TimeSpan Lifetime(string ttl) => ttl == "1h" ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(5);
    }
}
