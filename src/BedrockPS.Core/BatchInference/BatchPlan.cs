using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>How rows were split into files and jobs, with the totals -WhatIf shows.</summary>
    public sealed class BatchPlan
    {
        public BatchPlan(IReadOnlyList<BatchPlannedJob> jobs, long estimatedInputTokens)
        {
            Jobs = jobs;
            EstimatedInputTokens = estimatedInputTokens;
        }

        public IReadOnlyList<BatchPlannedJob> Jobs { get; }

        public long Records => Jobs.Sum(j => j.Records);

        public int Files => Jobs.Sum(j => j.Files.Count);

        public long Bytes => Jobs.Sum(j => j.Bytes);

        /// <summary>About four bytes of prompt text per token: a planning figure, not a bill.</summary>
        public long EstimatedInputTokens { get; }
    }
}
