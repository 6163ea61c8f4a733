namespace BedrockPS.Core.Preflight
{
    /// <summary>One reason a model cannot be used: a stable code for scripts and a sentence saying what to do.</summary>
    public sealed class ModelAccessReason
    {
        /// <summary>Creates a reason.</summary>
        /// <param name="code">Stable code (see <see cref="Code"/>).</param>
        /// <param name="message">What is wrong and what to do.</param>
        public ModelAccessReason(string code, string message)
        {
            Code = code;
            Message = message;
        }

        /// <summary>NotFound, EndOfLife, LegacyNotInUse, NotAuthorized, NotEntitled, NotInRegion, Agreement*, RequiresInferenceProfile.</summary>
        public string Code { get; }

        /// <summary>What is wrong and what to do, in one or two sentences.</summary>
        public string Message { get; }

        /// <summary>"Code: message".</summary>
        public override string ToString() => Code + ": " + Message;
    }
}
