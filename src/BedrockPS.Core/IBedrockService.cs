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
        /// <summary>Sends one Converse request (POST /model/{modelId}/converse) and returns the whole answer.</summary>
        /// <param name="modelId">Model id, inference profile id or ARN, or prompt ARN the request is sent to.</param>
        /// <param name="request">The body; not changed by the call.</param>
        /// <param name="cancellationToken">Cancels the call, including retries and waits between them.</param>
        /// <exception cref="BedrockServiceException">The service refused the request, or the call failed after the configured attempts.</exception>
        Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken);

        /// <summary>Sends one ConverseStream request and yields its events as they arrive. Nothing is sent until enumeration starts; each enumeration sends a new request.</summary>
        /// <param name="modelId">Model id, inference profile id or ARN, or prompt ARN the request is sent to.</param>
        /// <param name="request">The body; not changed by the call.</param>
        /// <param name="cancellationToken">Cancels the call and closes the stream.</param>
        /// <exception cref="BedrockServiceException">The request was refused, an in-stream exception arrived, or the stream was cut, stalled or ended before the message was complete (<see cref="BedrockErrorCodes.StreamInterrupted"/>).</exception>
        IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken);

        /// <summary>Sends a native model body with InvokeModel (POST /model/{modelId}/invoke) and returns the native answer with the Bedrock headers.</summary>
        /// <param name="request">Model id, body and headers to send.</param>
        /// <param name="cancellationToken">Cancels the call, including retries.</param>
        /// <exception cref="BedrockServiceException">The service refused the request, or the call failed after the configured attempts.</exception>
        Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken);

        /// <summary>Sends a native model body with InvokeModelWithResponseStream and yields each chunk's bytes; unknown event types are skipped. Nothing is sent until enumeration starts.</summary>
        /// <param name="request">Model id, body and headers to send.</param>
        /// <param name="cancellationToken">Cancels the call and closes the stream.</param>
        /// <exception cref="BedrockServiceException">The request was refused, or the stream reported an exception or was cut.</exception>
        IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(InvokeModelRequest request, CancellationToken cancellationToken);

        /// <summary>Counts the input tokens a request would take (POST /model/{modelId}/count-tokens); nothing is generated or billed as inference.</summary>
        /// <param name="modelId">Foundation model id; the service counts with that model's tokenizer.</param>
        /// <param name="request">A Converse input or a native InvokeModel body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">The service refused the request (for example a model without token counting).</exception>
        Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken);

        /// <summary>Assesses content with a guardrail without calling a model (ApplyGuardrail).</summary>
        /// <param name="request">Guardrail, version, source (input or output) and content.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="request"/> is null.</exception>
        /// <exception cref="BedrockServiceException">The service refused the request.</exception>
        Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken);

        /// <summary>Lists the foundation models of the region (ListFoundationModels; the service does not page it).</summary>
        /// <param name="filter">Optional filters sent as query parameters; null lists every model.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The models, never null; empty when none match.</returns>
        Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken);

        /// <summary>Describes one foundation model (GetFoundationModel).</summary>
        /// <param name="modelIdentifier">Model id or ARN.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">ResourceNotFoundException when the region has no such model.</exception>
        Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken);

        /// <summary>All pages; <paramref name="type"/> is SYSTEM_DEFINED, APPLICATION or null for both.</summary>
        /// <param name="type">SYSTEM_DEFINED, APPLICATION, or null for both.</param>
        /// <param name="cancellationToken">Cancels the listing, between or during pages.</param>
        /// <returns>Every profile of every page, never null.</returns>
        /// <exception cref="BedrockServiceException">A page failed, or the service repeated a page token (InvalidResponse).</exception>
        Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken);

        /// <summary>Describes one inference profile (GetInferenceProfile).</summary>
        /// <param name="id">Profile id or ARN.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">ResourceNotFoundException when there is no such profile.</exception>
        Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken);

        /// <summary>Agreement, authorization, entitlement and region availability of a foundation model for this account.</summary>
        /// <param name="modelId">Foundation model id (not a profile).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        Task<FoundationModelAvailability> GetFoundationModelAvailabilityAsync(string modelId, CancellationToken cancellationToken);

        /// <summary>Creates an application inference profile; a retry of the same request creates it once (client request token).</summary>
        /// <param name="request">Name, source model or profile, description and tags.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">For example ConflictException when the name is taken, or ValidationException.</exception>
        Task<CreateInferenceProfileResult> CreateInferenceProfileAsync(CreateInferenceProfileRequest request, CancellationToken cancellationToken);

        /// <summary>Deletes an application inference profile by id or ARN.</summary>
        /// <param name="id">Profile id or ARN; system-defined profiles cannot be deleted.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        Task DeleteInferenceProfileAsync(string id, CancellationToken cancellationToken);

        /// <summary>The tags of a Bedrock resource such as an application inference profile or a batch job (ListTagsForResource).</summary>
        /// <param name="resourceArn">ARN of the resource.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The tags, never null.</returns>
        Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken);
    }
}
