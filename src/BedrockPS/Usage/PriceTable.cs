using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace BedrockPS.Usage
{
    /// <summary>
    /// Prices supplied by the user (BedrockPS ships none: prices change and differ by region). Keys are model ids or
    /// wildcard patterns; each entry has InputPer1K and OutputPer1K, or InputPer1M and OutputPer1M, and optionally
    /// CacheReadPer1K/1M and CacheWritePer1K/1M, and optionally a ServiceTier (default, priority, flex, reserved) the
    /// price is for; in a hashtable the tier may also follow the key ('model-id@flex'). An exact id wins over a pattern,
    /// and a price for the call's tier over one without a tier.
    /// </summary>
    internal sealed class PriceTable
    {
        private readonly List<KeyValuePair<string, ModelPrice>> entries;

        private static string? TierOf(ref string key, Dictionary<string, object?> fields)
        {
            string? tier = null;
            int at = key.LastIndexOf('@');
            if (at > 0)
            {
                tier = key.Substring(at + 1).Trim();
                key = key.Substring(0, at).Trim();
            }
            if (fields.TryGetValue("ServiceTier", out object? value) && !IsBlank(value))
            {
                tier = Convert.ToString(value is PSObject wrapped ? wrapped.BaseObject : value, CultureInfo.InvariantCulture)!.Trim();
            }
            return string.IsNullOrEmpty(tier) ? null : tier!.ToLowerInvariant();
        }

        private PriceTable(List<KeyValuePair<string, ModelPrice>> entries)
        {
            this.entries = entries;
        }

        internal int Count => entries.Count;

        internal ModelPrice? Find(string modelId) => Find(modelId, null);

        /// <summary>The price of a model's calls in a tier: exact id before pattern, the tier's own price before a tierless one.</summary>
        internal ModelPrice? Find(string modelId, string? serviceTier)
        {
            string? tier = string.IsNullOrEmpty(serviceTier) ? null : serviceTier!.ToLowerInvariant();
            foreach (bool exact in new[] { true, false })
            {
                ModelPrice? tierless = null;
                foreach (var entry in entries)
                {
                    bool matches = exact
                        ? string.Equals(entry.Key, modelId, StringComparison.OrdinalIgnoreCase)
                        : WildcardPattern.ContainsWildcardCharacters(entry.Key) && new WildcardPattern(entry.Key, WildcardOptions.IgnoreCase).IsMatch(modelId);
                    if (!matches) continue;
                    if (entry.Value.ServiceTier == null) tierless ??= entry.Value;
                    else if (entry.Value.ServiceTier == tier) return entry.Value;
                }
                if (tierless != null) return tierless;
            }

            return null;
        }

        /// <summary>From a hashtable: @{ 'model-id' = @{ InputPer1K = 0.003; OutputPer1K = 0.015 } }.</summary>
        internal static PriceTable FromHashtable(IDictionary table)
        {
            var entries = new List<KeyValuePair<string, ModelPrice>>();
            foreach (DictionaryEntry entry in table)
            {
                string modelId = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
                Dictionary<string, object?> fields = Fields(entry.Value);
                string? tier = TierOf(ref modelId, fields);
                entries.Add(new KeyValuePair<string, ModelPrice>(modelId, ParsePrice(modelId, fields).ForTier(tier)));
            }

            return new PriceTable(entries);
        }

        /// <summary>From rows (Import-Csv output or objects) with a ModelId column and price columns.</summary>
        internal static PriceTable FromRows(IEnumerable<object> rows)
        {
            var entries = new List<KeyValuePair<string, ModelPrice>>();
            int line = 0;
            foreach (object row in rows)
            {
                line++;
                Dictionary<string, object?> fields = Fields(row);
                if (!fields.TryGetValue("ModelId", out object? id) || string.IsNullOrWhiteSpace(Convert.ToString(id, CultureInfo.InvariantCulture)))
                {
                    throw new FormatException($"Price row {line} has no ModelId.");
                }

                string modelId = Convert.ToString(id, CultureInfo.InvariantCulture)!.Trim();
                string? tier = TierOf(ref modelId, fields);
                entries.Add(new KeyValuePair<string, ModelPrice>(modelId, ParsePrice(modelId, fields).ForTier(tier)));
            }

            return new PriceTable(entries);
        }

        private static ModelPrice ParsePrice(string modelId, Dictionary<string, object?> fields)
        {
            decimal? input = Per1K(fields, "Input", modelId);
            decimal? output = Per1K(fields, "Output", modelId);
            if (input == null || output == null)
            {
                throw new FormatException($"The price of '{modelId}' needs InputPer1K and OutputPer1K (or InputPer1M and OutputPer1M).");
            }

            return new ModelPrice(input.Value, output.Value, Per1K(fields, "CacheRead", modelId), Per1K(fields, "CacheWrite", modelId));
        }

        private static decimal? Per1K(Dictionary<string, object?> fields, string prefix, string modelId)
        {
            if (fields.TryGetValue(prefix + "Per1K", out object? perThousand) && !IsBlank(perThousand))
            {
                return ToDecimal(perThousand, prefix + "Per1K", modelId);
            }

            if (fields.TryGetValue(prefix + "Per1M", out object? perMillion) && !IsBlank(perMillion))
            {
                return ToDecimal(perMillion, prefix + "Per1M", modelId) / 1000m;
            }

            return null;
        }

        private static bool IsBlank(object? value) => value == null || (value is string s && s.Trim().Length == 0);

        private static decimal ToDecimal(object? value, string column, string modelId)
        {
            object? raw = value is PSObject wrapped ? wrapped.BaseObject : value;
            try
            {
                decimal price = raw is string text
                    ? decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)
                    : Convert.ToDecimal(raw, CultureInfo.InvariantCulture);
                if (price < 0)
                {
                    throw new FormatException($"{column} of '{modelId}' is negative.");
                }

                return price;
            }
            catch (Exception ex) when (ex is InvalidCastException || ex is OverflowException || (ex is FormatException && !(ex.Message.Contains("negative"))))
            {
                throw new FormatException($"{column} of '{modelId}' is not a number: '{raw}'.", ex);
            }
        }

        private static Dictionary<string, object?> Fields(object? value)
        {
            var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            object? raw = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            if (raw is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    fields[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = entry.Value;
                }
            }
            else if (raw != null)
            {
                foreach (PSPropertyInfo property in PSObject.AsPSObject(raw).Properties.Where(p => p.IsGettable))
                {
                    fields[property.Name] = property.Value;
                }
            }

            return fields;
        }
    }
}
