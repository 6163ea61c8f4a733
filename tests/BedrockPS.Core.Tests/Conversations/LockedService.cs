using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>Serializes Converse calls to a scripted service, whose script is not thread-safe.</summary>
    internal sealed class LockedService : IBedrockService
    {
        private readonly ScriptedBedrockService inner;
        private readonly object gate = new object();

        public LockedService(ScriptedBedrockService inner)
        {
            this.inner = inner;
        }

        public Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken)
        {
            lock (gate)
            {
                return inner.ConverseAsync(modelId, request, cancellationToken);
            }
        }

        public IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken) => inner.ConverseStreamAsync(modelId, request, cancellationToken);

        public Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken) => inner.InvokeModelAsync(request, cancellationToken);

        public IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(InvokeModelRequest request, CancellationToken cancellationToken) => inner.InvokeModelWithResponseStreamAsync(request, cancellationToken);

        public Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken) => inner.CountTokensAsync(modelId, request, cancellationToken);

        public Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken) => inner.ApplyGuardrailAsync(request, cancellationToken);

        public Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken) => inner.ListFoundationModelsAsync(filter, cancellationToken);

        public Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken) => inner.GetFoundationModelAsync(modelIdentifier, cancellationToken);

        public Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken) => inner.ListInferenceProfilesAsync(type, cancellationToken);

        public Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken) => inner.GetInferenceProfileAsync(id, cancellationToken);

        public Task<FoundationModelAvailability> GetFoundationModelAvailabilityAsync(string modelId, CancellationToken cancellationToken) => inner.GetFoundationModelAvailabilityAsync(modelId, cancellationToken);

        public Task<CreateInferenceProfileResult> CreateInferenceProfileAsync(CreateInferenceProfileRequest request, CancellationToken cancellationToken) => inner.CreateInferenceProfileAsync(request, cancellationToken);

        public Task DeleteInferenceProfileAsync(string id, CancellationToken cancellationToken) => inner.DeleteInferenceProfileAsync(id, cancellationToken);

        public Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken) => inner.ListTagsForResourceAsync(resourceArn, cancellationToken);
    }
}
