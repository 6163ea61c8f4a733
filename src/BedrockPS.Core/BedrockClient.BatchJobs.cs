using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Transport;

namespace BedrockPS.Core
{
    /// <summary>The model invocation job (batch inference) operations, on the control-plane endpoint.</summary>
    public partial class BedrockClient : IBedrockBatchJobService
    {
        /// <inheritdoc/>
        public virtual async Task<string> CreateModelInvocationJobAsync(CreateModelInvocationJobRequest request, CancellationToken cancellationToken)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            if (string.IsNullOrEmpty(request.ClientRequestToken))
            {
                // Fixed before the body is built, so the transport's retries all carry the same token.
                request.ClientRequestToken = Guid.NewGuid().ToString("D");
            }
            var operation = OperationRequests.ControlPlaneJson("CreateModelInvocationJob", HttpMethod.Post, "/model-invocation-job", BedrockJson.SerializeToUtf8Bytes(request));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            var result = ResponseReader.ParseBody<CreateModelInvocationJobResult>(response, "CreateModelInvocationJob");
            return string.IsNullOrEmpty(result.JobArn)
                ? throw ResponseReader.InvalidResponse("CreateModelInvocationJob", "the response has no jobArn", response.RequestId)
                : result.JobArn!;
        }

        /// <inheritdoc/>
        public virtual async Task<ModelInvocationJob> GetModelInvocationJobAsync(string jobIdentifier, CancellationToken cancellationToken)
        {
            var operation = new OperationRequest(
                "GetModelInvocationJob", ServicePlane.ControlPlane, HttpMethod.Get, "/model-invocation-job/" + OperationRequests.EncodeLabel(jobIdentifier, nameof(jobIdentifier)));
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
            return ResponseReader.ParseBody<ModelInvocationJob>(response, "GetModelInvocationJob");
        }

        /// <inheritdoc/>
        public virtual async Task<IReadOnlyList<ModelInvocationJob>> ListModelInvocationJobsAsync(ModelInvocationJobFilter? filter, CancellationToken cancellationToken)
        {
            var all = new List<ModelInvocationJob>();
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            string? nextToken = null;
            do
            {
                var operation = new OperationRequest("ListModelInvocationJobs", ServicePlane.ControlPlane, HttpMethod.Get, "/model-invocation-jobs");
                OperationRequests.AddQuery(operation, "maxResults", (filter?.PageSize ?? 1000).ToString(CultureInfo.InvariantCulture));
                OperationRequests.AddQuery(operation, "nameContains", filter?.NameContains);
                OperationRequests.AddQuery(operation, "nextToken", nextToken);
                OperationRequests.AddQuery(operation, "sortBy", filter?.SortBy);
                OperationRequests.AddQuery(operation, "sortOrder", filter?.SortOrder);
                OperationRequests.AddQuery(operation, "statusEquals", filter?.StatusEquals);
                OperationRequests.AddQuery(operation, "submitTimeAfter", OperationRequests.Timestamp(filter?.SubmitTimeAfter));
                OperationRequests.AddQuery(operation, "submitTimeBefore", OperationRequests.Timestamp(filter?.SubmitTimeBefore));
                using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
                var page = ResponseReader.ParseBody<ListModelInvocationJobsResult>(response, "ListModelInvocationJobs");
                all.AddRange(page.InvocationJobSummaries ?? new List<ModelInvocationJob>());
                nextToken = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
                if (nextToken != null && !seenTokens.Add(nextToken))
                {
                    // A service that repeats a token would otherwise loop forever.
                    throw ResponseReader.InvalidResponse("ListModelInvocationJobs", "the service returned the same page token twice", response.RequestId);
                }
            }
            while (nextToken != null);
            return all;
        }

        /// <inheritdoc/>
        public virtual async Task StopModelInvocationJobAsync(string jobIdentifier, CancellationToken cancellationToken)
        {
            var operation = OperationRequests.ControlPlaneJson(
                "StopModelInvocationJob", HttpMethod.Post, "/model-invocation-job/" + OperationRequests.EncodeLabel(jobIdentifier, nameof(jobIdentifier)) + "/stop", null);
            using var response = await Transport.SendAsync(operation, cancellationToken).ConfigureAwait(false);
        }
    }
}
