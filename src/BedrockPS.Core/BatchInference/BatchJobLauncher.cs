using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>Uploads each planned job's files and row manifest, then creates the job (Converse invocation type).</summary>
    public static class BatchJobLauncher
    {
        /// <summary>Uploads every planned job's files and row manifest under "&lt;root&gt;/&lt;job name&gt;/", then creates the jobs one after another.</summary>
        /// <param name="plan">A plan written to disk (not a -WhatIf plan).</param>
        /// <param name="request">Name, model, role, S3 root and options shared by the jobs.</param>
        /// <param name="storage">Where the files are uploaded.</param>
        /// <param name="service">The client the jobs are created with.</param>
        /// <param name="progress">Told what is being uploaded or created; null for silence.</param>
        /// <param name="cancellationToken">Cancels uploads and creation; jobs already created keep running.</param>
        /// <returns>The ARNs of the jobs created, in plan order.</returns>
        /// <exception cref="InvalidOperationException">The plan was made without writing files.</exception>
        /// <exception cref="BedrockServiceException">An upload or a job creation failed; jobs created before it keep running.</exception>
        public static async Task<IReadOnlyList<string>> LaunchAsync(BatchPlan plan, BatchLaunchRequest request, IObjectStorage storage,
            IBedrockBatchJobService service, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            var run = BatchLayout.RunFolder(request.Root, request.JobName);
            string token = request.ClientRequestToken ?? Guid.NewGuid().ToString("N");
            var arns = new List<string>();
            foreach (var job in plan.Jobs)
            {
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
                    ClientRequestToken = plan.Jobs.Count == 1 ? token : token + "-" + number,
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
                arns.Add(await service.CreateModelInvocationJobAsync(create, cancellationToken).ConfigureAwait(false));
            }
            return arns;
        }
    }
}
