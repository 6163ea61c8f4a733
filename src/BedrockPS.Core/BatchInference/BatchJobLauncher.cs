using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>Uploads a planned job's files and row manifest, then creates the job (Converse invocation type).</summary>
    public static class BatchJobLauncher
    {
        /// <summary>The client request token shared by the jobs of one run: the caller's, or a new one.</summary>
        /// <param name="request">The launch request; its <see cref="BatchLaunchRequest.ClientRequestToken"/> wins when set.</param>
        public static string ClientRequestTokenFor(BatchLaunchRequest request) => request.ClientRequestToken ?? Guid.NewGuid().ToString("N");

        /// <summary>
        /// Uploads one planned job's files and row manifest under "&lt;root&gt;/&lt;job name&gt;/", then creates that job.
        /// Called once per job in plan order, so the caller can hand out each job as soon as it exists: when a later
        /// job fails, the ones created before it are already in the caller's hands.
        /// </summary>
        /// <param name="plan">A plan written to disk (not a -WhatIf plan).</param>
        /// <param name="job">The job of <paramref name="plan"/> to launch.</param>
        /// <param name="request">Name, model, role, S3 root and options shared by the jobs.</param>
        /// <param name="clientRequestToken">The run's token (<see cref="ClientRequestTokenFor"/>); each job adds its number, so a retried create never makes two jobs.</param>
        /// <param name="storage">Where the files are uploaded.</param>
        /// <param name="service">The client the job is created with.</param>
        /// <param name="progress">Told what is being uploaded or created; null for silence.</param>
        /// <param name="cancellationToken">Cancels the uploads and the creation.</param>
        /// <returns>The ARN of the job created.</returns>
        /// <exception cref="InvalidOperationException">The plan was made without writing files.</exception>
        /// <exception cref="BedrockServiceException">An upload or the job creation failed.</exception>
        public static async Task<string> LaunchJobAsync(BatchPlan plan, BatchPlannedJob job, BatchLaunchRequest request, string clientRequestToken,
            IObjectStorage storage, IBedrockBatchJobService service, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            var run = BatchLayout.RunFolder(request.Root, request.JobName);
            var input = BatchLayout.InputPrefix(run, job);
            foreach (var file in job.Files)
            {
                progress?.Report("Uploading " + input.Child(file.Name));
                await storage.UploadFileAsync(file.LocalPath ?? throw new InvalidOperationException("A plan made without writing cannot be launched."),
                    input.Child(file.Name), cancellationToken).ConfigureAwait(false);
            }
            await storage.UploadFileAsync(job.ManifestPath!, BatchLayout.ManifestFor(input), cancellationToken).ConfigureAwait(false);
            string number = job.Number.ToString("D4", CultureInfo.InvariantCulture);
            var create = new CreateModelInvocationJobRequest
            {
                JobName = plan.Jobs.Count == 1 ? request.JobName : request.JobName + "-" + number,
                RoleArn = request.RoleArn,
                ModelId = request.ModelId,
                ClientRequestToken = plan.Jobs.Count == 1 ? clientRequestToken : clientRequestToken + "-" + number,
                ModelInvocationType = "Converse",
                InputDataConfig = new ModelInvocationJobInputDataConfig
                {
                    S3InputDataConfig = new ModelInvocationJobS3InputDataConfig { S3Uri = input.ToString(), S3InputFormat = "JSONL" },
                },
                OutputDataConfig = new ModelInvocationJobOutputDataConfig
                {
                    S3OutputDataConfig = new ModelInvocationJobS3OutputDataConfig { S3Uri = BatchLayout.Output(run).ToString() },
                },
                TimeoutDurationInHours = request.TimeoutHours,
                Tags = request.Tags,
            };
            progress?.Report("Creating job " + create.JobName);
            return await service.CreateModelInvocationJobAsync(create, cancellationToken).ConfigureAwait(false);
        }
    }
}
