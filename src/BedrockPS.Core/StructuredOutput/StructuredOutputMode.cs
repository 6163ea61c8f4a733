namespace BedrockPS.Core.StructuredOutput
{
    /// <summary>How a schema reaches the model.</summary>
    public enum StructuredOutputMode
    {
        /// <summary>The native outputConfig where the model takes it (learnt from the service's answers), forced tool use otherwise.</summary>
        Auto,

        /// <summary>Always outputConfig.textFormat with the schema.</summary>
        Native,

        /// <summary>Always one tool carrying the schema, which the model is made to use.</summary>
        Tool,
    }
}
