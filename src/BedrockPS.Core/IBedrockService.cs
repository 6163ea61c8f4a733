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

        /// <summary>Agreement, authorization, entitlement and region availability of a foundation model for this account.</summary>
        Task<FoundationModelAvailability> GetFoundationModelAvailabilityAsync(string modelId, CancellationToken cancellationToken);

        /// <summary>Creates an application inference profile; a retry of the same request creates it once (client request token).</summary>
        Task<CreateInferenceProfileResult> CreateInferenceProfileAsync(CreateInferenceProfileRequest request, CancellationToken cancellationToken);

        /// <summary>Deletes an application inference profile by id or ARN.</summary>
        Task DeleteInferenceProfileAsync(string id, CancellationToken cancellationToken);

        Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken);
    }
}
