namespace BedrockPS.Core.Preflight
{
    /// <summary>One reason a model cannot be used: a stable code for scripts and a sentence saying what to do.</summary>
    public sealed class ModelAccessReason
    {
        public ModelAccessReason(string code, string message)
        {
            Code = code;
            Message = message;
        }

        /// <summary>NotFound, EndOfLife, LegacyNotInUse, NotAuthorized, NotEntitled, NotInRegion, Agreement*, RequiresInferenceProfile.</summary>
        public string Code { get; }

        public string Message { get; }

        public override string ToString() => Code + ": " + Message;
    }
}
