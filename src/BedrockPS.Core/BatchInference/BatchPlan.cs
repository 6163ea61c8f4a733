using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>How rows were split into files and jobs, with the totals -WhatIf shows.</summary>
    public sealed class BatchPlan
    {
        /// <summary>Creates a plan.</summary>
        /// <param name="jobs">The jobs, in order.</param>
        /// <param name="estimatedInputTokens">Estimated input tokens over all rows.</param>
        public BatchPlan(IReadOnlyList<BatchPlannedJob> jobs, long estimatedInputTokens)
        {
            Jobs = jobs;
            EstimatedInputTokens = estimatedInputTokens;
        }

        /// <summary>The jobs, in order; empty when there were no rows.</summary>
        public IReadOnlyList<BatchPlannedJob> Jobs { get; }

        /// <summary>Records over all jobs.</summary>
        public long Records => Jobs.Sum(j => j.Records);

        /// <summary>Input files over all jobs.</summary>
        public int Files => Jobs.Sum(j => j.Files.Count);

        /// <summary>Bytes of input over all jobs.</summary>
        public long Bytes => Jobs.Sum(j => j.Bytes);

        /// <summary>About four bytes of prompt text per token: a planning figure, not a bill.</summary>
        public long EstimatedInputTokens { get; }
    }
}
