using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core
{
    /// <summary>
    /// Bedrock's batch inference operations (model invocation jobs). Separate from <see cref="IBedrockService"/> so
    /// test doubles of the on-demand operations need not implement them.
    /// </summary>
    public interface IBedrockBatchJobService
    {
        /// <summary>Creates a job and returns its ARN. A missing ClientRequestToken is filled in on the request first.</summary>
        /// <param name="request">The job to create; its ClientRequestToken is set when empty, so keep the object to retry with the same token.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The new job's ARN.</returns>
        /// <exception cref="BedrockServiceException">The service refused the job (validation, quota, access), or answered without a job ARN (InvalidResponse).</exception>
        Task<string> CreateModelInvocationJobAsync(CreateModelInvocationJobRequest request, CancellationToken cancellationToken);

        /// <summary>One job by id or ARN.</summary>
        /// <param name="jobIdentifier">Job id or ARN.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">ResourceNotFoundException when there is no such job.</exception>
        Task<ModelInvocationJob> GetModelInvocationJobAsync(string jobIdentifier, CancellationToken cancellationToken);

        /// <summary>Every page of jobs matching the filter (all jobs when null).</summary>
        /// <param name="filter">Filters and page size; null lists all jobs.</param>
        /// <param name="cancellationToken">Cancels the listing, between or during pages.</param>
        /// <returns>Every job of every page, never null.</returns>
        /// <exception cref="BedrockServiceException">A page failed, or the service repeated a page token (InvalidResponse).</exception>
        Task<IReadOnlyList<ModelInvocationJob>> ListModelInvocationJobsAsync(ModelInvocationJobFilter? filter, CancellationToken cancellationToken);

        /// <summary>Asks the service to stop a job (StopModelInvocationJob); the job passes through Stopping to Stopped. Records already processed keep their output.</summary>
        /// <param name="jobIdentifier">Job id or ARN.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <exception cref="BedrockServiceException">For example ValidationException or ConflictException when the job has already finished.</exception>
        Task StopModelInvocationJobAsync(string jobIdentifier, CancellationToken cancellationToken);
    }
}
