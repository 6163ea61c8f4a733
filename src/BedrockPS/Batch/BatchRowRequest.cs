using System.Collections.Generic;
using System.Globalization;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;

namespace BedrockPS.Batch
{
    /// <summary>
    /// Builds one row's Converse request (the record's modelInput) from the bound values, checking them as the
    /// on-demand cmdlet does. Structured output (an outputConfig from -JsonSchema) would be added here.
    /// </summary>
    internal static class BatchRowRequest
    {
        public static ConverseRequest Build(string message, string? system, int? maxTokens, float? temperature, float? topP, string[]? stopSequence)
        {
            if (string.IsNullOrWhiteSpace(message))
            {
                throw LocalInputException.InvalidInput("The prompt is empty: give each row a Message, Prompt or Text value.", "Message");
            }
            if (maxTokens.HasValue && maxTokens.Value < 1)
            {
                throw LocalInputException.InvalidInput("-MaxTokens must be 1 or more; got " + maxTokens.Value.ToString(CultureInfo.InvariantCulture) + ".", "MaxTokens");
            }
            if (temperature.HasValue && (temperature.Value < 0 || temperature.Value > 1 || float.IsNaN(temperature.Value)))
            {
                throw LocalInputException.InvalidInput("-Temperature must be between 0 and 1; got " + temperature.Value.ToString(CultureInfo.InvariantCulture) + ".", "Temperature");
            }
            if (topP.HasValue && (topP.Value < 0 || topP.Value > 1 || float.IsNaN(topP.Value)))
            {
                throw LocalInputException.InvalidInput("-TopP must be between 0 and 1; got " + topP.Value.ToString(CultureInfo.InvariantCulture) + ".", "TopP");
            }
            var request = new ConverseRequest
            {
                Messages = new List<Message> { new Message { Role = "user", Content = new List<ContentBlock> { ContentBlock.FromText(message) } } },
            };
            if (maxTokens.HasValue || temperature.HasValue || topP.HasValue || (stopSequence != null && stopSequence.Length > 0))
            {
                request.InferenceConfig = new InferenceConfiguration
                {
                    MaxTokens = maxTokens,
                    Temperature = temperature,
                    TopP = topP,
                    StopSequences = stopSequence != null && stopSequence.Length > 0 ? new List<string>(stopSequence) : null,
                };
            }
            if (!string.IsNullOrWhiteSpace(system))
            {
                request.System = new List<SystemContentBlock> { SystemContentBlock.FromText(system!) };
            }
            return request;
        }
    }
}
