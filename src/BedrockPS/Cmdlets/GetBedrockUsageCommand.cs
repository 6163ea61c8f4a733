using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using BedrockPS.Completion;
using BedrockPS.Infrastructure;
using BedrockPS.Usage;

namespace BedrockPS.Cmdlets
{
    /// <summary>
    /// Get-BedrockUsage: calls and tokens per model made in this PowerShell session. Costs appear only when the user
    /// gives prices (-PriceTable): the module carries no price list.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "BedrockUsage")]
    [OutputType(typeof(UsageRecord))]
    public sealed class GetBedrockUsageCommand : PSCmdlet
    {
        /// <summary>Only these models (wildcards allowed).</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        public string[]? ModelId { get; set; }

        /// <summary>A hashtable of model id to prices, a CSV file path, or rows (Import-Csv output).</summary>
        [Parameter]
        [ValidateNotNull]
        public object? PriceTable { get; set; }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            Usage.PriceTable? prices = PriceTable == null ? null : LoadPrices(PriceTable);
            var patterns = (ModelId ?? new[] { "*" }).Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
            foreach (ModelUsage usage in UsageTally.Snapshot())
            {
                if (!patterns.Any(p => p.IsMatch(usage.ModelId)))
                {
                    continue;
                }

                decimal? cost = prices?.Find(usage.ModelId, usage.ServiceTier)?.CostOf(usage.InputTokens, usage.OutputTokens, usage.CacheReadInputTokens, usage.CacheWriteInputTokens);
                WriteObject(new UsageRecord(usage.ModelId, usage.Calls, usage.InputTokens, usage.OutputTokens,
                    usage.CacheReadInputTokens, usage.CacheWriteInputTokens, cost, usage.ServiceTier));
            }
        }

        private Usage.PriceTable LoadPrices(object value)
        {
            object raw = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            try
            {
                switch (raw)
                {
                    case IDictionary table:
                        return Usage.PriceTable.FromHashtable(table);
                    case string path:
                        return Usage.PriceTable.FromRows(ReadCsv(path));
                    case FileInfo file:
                        return Usage.PriceTable.FromRows(ReadCsv(file.FullName));
                    case IEnumerable rows:
                        return Usage.PriceTable.FromRows(rows.Cast<object>());
                    default:
                        return Usage.PriceTable.FromRows(new[] { value });
                }
            }
            catch (FormatException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.InvalidInput("The price table cannot be used: " + ex.Message, value));
                throw;
            }
        }

        private object[] ReadCsv(string path)
        {
            string fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            if (!File.Exists(fullPath))
            {
                ThrowTerminatingError(ErrorRecordFactory.FileNotFound(fullPath, path));
            }

            return InvokeCommand.InvokeScript(
                    "param($path) Microsoft.PowerShell.Utility\\Import-Csv -LiteralPath $path",
                    false, PipelineResultTypes.None, null, fullPath)
                .Cast<object>()
                .ToArray();
        }
    }
}
