using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Converse;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Native
{
    /// <summary>CountTokens: the input tokens of a Converse body or a native InvokeModel body, by the emulator's one rule.</summary>
    internal sealed class CountTokensOperation : IOperation
    {
        private static readonly Regex ModelIdPattern = new Regex("^[a-zA-Z_\\.\\-/0-9:]+$");

        public async Task HandleAsync(OperationContext context)
        {
            string modelId = context.PathSegments[1];
            if (modelId.Length > 256 || !ModelIdPattern.IsMatch(modelId))
            {
                throw ServiceError.Validation("1 validation error detected: Value '" + (modelId.Length > 64 ? modelId.Substring(0, 64) + "..." : modelId)
                    + "' at 'modelId' failed to satisfy constraint: " + (modelId.Length > 256 ? "Member must have length less than or equal to 256" : "Member must satisfy regular expression pattern: [a-zA-Z_\\.\\-/0-9:]+"));
            }
            ResolvedModel resolved = context.Engine.Resolver.Resolve(modelId, unknownIsNotFound: true);
            if (!resolved.Model.IsConversational)
            {
                throw ServiceError.Validation("The provided model doesn't support counting tokens.");
            }
            JsonObject body = JsonBody.ParseObject(context.Request.Body, "Malformed input request, please reformat your input and try again.");
            var input = body["input"] as JsonObject ?? throw ServiceError.Validation("1 validation error detected: Value null at 'input' failed to satisfy constraint: Member must not be null");
            GenerationRequest request;
            if (input["converse"] is JsonObject converse && input["invokeModel"] == null)
            {
                request = ConverseRequestReader.Read(converse);
            }
            else if (input["invokeModel"] is JsonObject invoke && input["converse"] == null)
            {
                string encoded = invoke["body"]?.ToString() ?? throw ServiceError.Validation("1 validation error detected: Value null at 'input.invokeModel.body' failed to satisfy constraint: Member must not be null");
                byte[] raw;
                try
                {
                    raw = Convert.FromBase64String(encoded);
                }
                catch (FormatException)
                {
                    throw ServiceError.Validation("Malformed input request, please reformat your input and try again.");
                }
                request = NativeFormats.For(resolved.Model.Family).Read(JsonBody.ParseObject(raw, "Malformed input request, please reformat your input and try again."));
            }
            else
            {
                throw ServiceError.Validation("The input must set exactly one of 'converse' or 'invokeModel'.");
            }
            var response = new JsonObject { ["inputTokens"] = TokenCounter.CountInput(request) };
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }
    }
}
