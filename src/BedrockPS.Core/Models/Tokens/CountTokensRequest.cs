namespace BedrockPS.Core.Models
{
    /// <summary>A CountTokens call: a Converse input or a native InvokeModel body.</summary>
    public sealed class CountTokensRequest
    {
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

        public static CountTokensRequest FromInvokeModelBody(byte[] body) =>
            new CountTokensRequest { Input = new CountTokensInput { InvokeModel = new InvokeModelTokensRequest { Body = body } } };
    }
}
