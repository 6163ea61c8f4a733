using System.Collections.Generic;

namespace BedrockPS
{
    /// <summary>The verdict of a guardrail on a piece of text (Invoke-BedrockGuardrail).</summary>
    public sealed class GuardrailResult
    {
        internal GuardrailResult(
            string action,
            string? actionReason,
            IReadOnlyList<string> outputs,
            IReadOnlyList<object?> assessments,
            object? usage,
            string? requestId,
            object? input)
        {
            Action = action;
            ActionReason = actionReason;
            Outputs = outputs;
            Assessments = assessments;
            Usage = usage;
            RequestId = requestId;
            Input = input;
        }

        /// <summary>NONE or GUARDRAIL_INTERVENED.</summary>
        public string Action { get; }

        /// <summary>Why the guardrail acted, as the service words it, or null.</summary>
        public string? ActionReason { get; }

        /// <summary>The texts the guardrail returns in place of the input when it intervenes.</summary>
        public IReadOnlyList<string> Outputs { get; }

        /// <summary>Policy assessments as objects (topicPolicy, contentPolicy, wordPolicy, ...).</summary>
        public IReadOnlyList<object?> Assessments { get; }

        /// <summary>Policy units consumed, as an object.</summary>
        public object? Usage { get; }

        /// <summary>The service's request id, for support cases and logs.</summary>
        public string? RequestId { get; }

        /// <summary>The text that was checked.</summary>
        public object? Input { get; }

        /// <summary>True when the guardrail intervened (Action is GUARDRAIL_INTERVENED).</summary>
        public bool Intervened => Action == "GUARDRAIL_INTERVENED";

        /// <summary>The action (NONE or GUARDRAIL_INTERVENED).</summary>
        public override string ToString() => Action;
    }
}
