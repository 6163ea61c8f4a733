namespace BedrockPS.Core.Models
{
    /// <summary>A CountTokens call: a Converse input or a native InvokeModel body.</summary>
    public sealed class CountTokensRequest
    {
        /// <summary>What to count; exactly one member set.</summary>
        public CountTokensInput Input { get; set; } = new CountTokensInput();

        /// <summary>Counts the tokens of the parts of a Converse request that CountTokens accepts.</summary>
        public static CountTokensRequest FromConverse(ConverseRequest request) =>
            new CountTokensRequest
            {
                Input = new CountTokensInput
                {
                    Converse = new ConverseTokensRequest
                    {
                        Messages = request.Messages,
                        System = request.System,
                        ToolConfig = request.ToolConfig,
                        AdditionalModelRequestFields = request.AdditionalModelRequestFields,
                    },
                },
            };

        /// <summary>Counts the tokens of a native InvokeModel body.</summary>
        /// <param name="body">The body in the model's native JSON format; not copied.</param>
        public static CountTokensRequest FromInvokeModelBody(byte[] body) =>
            new CountTokensRequest { Input = new CountTokensInput { InvokeModel = new InvokeModelTokensRequest { Body = body } } };
    }
}
