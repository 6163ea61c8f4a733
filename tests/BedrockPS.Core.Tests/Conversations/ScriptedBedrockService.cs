using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;

namespace BedrockPS.Core.Tests.Conversations
{
    /// <summary>
    /// An IBedrockService that answers Converse and ConverseStream from a script, one step per call, and keeps a
    /// JSON copy of every request so tests can check exactly what each round sent.
    /// </summary>
    internal sealed class ScriptedBedrockService : IBedrockService
    {
        private readonly Queue<Func<ConverseRequest, ConverseResponse>> steps = new Queue<Func<ConverseRequest, ConverseResponse>>();

        public List<string> RequestsJson { get; } = new List<string>();

        public List<string> ModelIds { get; } = new List<string>();

        /// <summary>When set, a stream yields this many events of the answer and then throws this exception.</summary>
        public (int AfterEvents, Exception Error)? StreamFailure { get; set; }

        /// <summary>When set, the stream simply ends after this many events (no metadata, no error).</summary>
        public int? StreamEndsAfter { get; set; }

        public ScriptedBedrockService Then(Func<ConverseRequest, ConverseResponse> step)
        {
            steps.Enqueue(step);
            return this;
        }

        public ScriptedBedrockService ThenText(string text, int inputTokens = 10, int outputTokens = 5) =>
            Then(_ => Responses.Text(text, inputTokens, outputTokens));

        public ScriptedBedrockService ThenToolUse(string id, string name, string inputJson) =>
            Then(_ => Responses.ToolUse(id, name, inputJson));

        public ScriptedBedrockService ThenFail(Exception error) => Then(_ => throw error);

        public Task<ConverseResponse> ConverseAsync(string modelId, ConverseRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Next(modelId, request));
        }

        public async IAsyncEnumerable<ConverseStreamEvent> ConverseStreamAsync(string modelId, ConverseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            ConverseResponse response = Next(modelId, request);
            int sent = 0;
            foreach (ConverseStreamEvent streamEvent in StreamEvents.From(response))
            {
                if (StreamFailure is { } failure && sent == failure.AfterEvents)
                {
                    throw failure.Error;
                }

                if (StreamEndsAfter is int end && sent == end)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                sent++;
                yield return streamEvent;
            }
        }

        private ConverseResponse Next(string modelId, ConverseRequest request)
        {
            ModelIds.Add(modelId);
            RequestsJson.Add(BedrockJson.Serialize(request));
            if (steps.Count == 0)
            {
                throw new InvalidOperationException("The script has no more answers.");
            }

            return steps.Dequeue()(request);
        }

        public Task<InvokeModelResponse> InvokeModelAsync(InvokeModelRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<ResponseStreamChunk> InvokeModelWithResponseStreamAsync(InvokeModelRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<CountTokensResponse> CountTokensAsync(string modelId, CountTokensRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ApplyGuardrailResponse> ApplyGuardrailAsync(ApplyGuardrailRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FoundationModelSummary>> ListFoundationModelsAsync(FoundationModelFilter? filter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<FoundationModelSummary> GetFoundationModelAsync(string modelIdentifier, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<InferenceProfileSummary>> ListInferenceProfilesAsync(string? type, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<InferenceProfileSummary> GetInferenceProfileAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<FoundationModelAvailability> GetFoundationModelAvailabilityAsync(string modelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<CreateInferenceProfileResult> CreateInferenceProfileAsync(CreateInferenceProfileRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteInferenceProfileAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
