using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core
{
    /// <summary>
    /// The Bedrock operations BedrockPS uses. Kept behind one interface so the implementation could be swapped
    /// for a generated SDK client, and so cmdlets can be tested against a fake.
    /// </summary>
    public interface IBedrockService
    {
        Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken);

        IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken);

        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken);

        IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(InvokeModelRequest request, CancellationToken cancellationToken);

        Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken);

        Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken);

        Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken);

        Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken);

        /// <summary>All pages; <paramref name="type"/> is SYSTEM_DEFINED, APPLICATION or null for both.</summary>
        Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken);

        Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken);
    }
}
