using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;
using BedrockPS.Emulator.S3;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>The account's model invocation jobs: creation (with idempotency and the active-job quota), lookup and stop.</summary>
    internal sealed class BatchJobRegistry : IDisposable
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        private readonly ConcurrentDictionary<string, BatchJob> _jobs = new ConcurrentDictionary<string, BatchJob>(StringComparer.Ordinal);
        private readonly object _createGate = new object();
        private readonly CancellationTokenSource _shutdown = new CancellationTokenSource();
        private readonly Random _random = new Random();
        private readonly EmulatorEngine _engine;
        private readonly BatchSettings _settings;
        private readonly BatchJobRunner _runner;

        public BatchJobRegistry(EmulatorEngine engine, IObjectStore store, BatchSettings settings)
        {
            _engine = engine;
            _settings = settings;
            _runner = new BatchJobRunner(engine, store, settings, _shutdown.Token);
        }

        public BatchJob Create(JsonObject body)
        {
            CreateJobValidator.Check(body);
            string modelId = JsonBody.String(body, "modelId")!;
            FoundationModel model = BatchModelSupport.Find(_engine.Catalog, modelId)
                ?? throw ServiceError.Validation("The provided model identifier is invalid.");
            _engine.Resolver.RefuseUnusable(model);
            string type = JsonBody.String(body, "modelInvocationType") ?? "InvokeModel";
            if (!BatchModelSupport.Supports(model) || (type == "Converse" && !model.IsConversational))
            {
                throw ServiceError.Validation("The model " + modelId + " does not support batch inference" + (type == "Converse" ? " with the Converse invocation type." : "."));
            }
            string roleArn = JsonBody.String(body, "roleArn")!;
            string roleAccount = roleArn.Split(':')[4];
            if (roleAccount.Length > 0 && roleAccount != _engine.AccountId)
            {
                throw ServiceError.AccessDenied("Bedrock cannot assume the role " + roleArn + ": it belongs to another account. Give a role of account "
                    + _engine.AccountId + " whose trust policy allows bedrock.amazonaws.com.");
            }
            lock (_createGate)
            {
                string? token = JsonBody.String(body, "clientRequestToken");
                if (token != null && _jobs.Values.FirstOrDefault(j => j.ClientRequestToken == token) is BatchJob earlier)
                {
                    if (earlier.JobName != JsonBody.String(body, "jobName") || earlier.ModelId != modelId)
                    {
                        throw new ServiceError(400, "ConflictException", "The client request token " + token + " was already used for a different job.");
                    }
                    return earlier;
                }
                if (_jobs.Values.Any(j => j.JobName == JsonBody.String(body, "jobName") && !j.IsFinal))
                {
                    throw new ServiceError(400, "ConflictException", "A job named " + JsonBody.String(body, "jobName") + " already exists and is not finished.");
                }
                int active = _jobs.Values.Count(j => !j.IsFinal);
                if (active >= _settings.MaximumActiveJobs)
                {
                    throw new ServiceError(400, "ServiceQuotaExceededException", "You have reached the quota of " + _settings.MaximumActiveJobs
                        + " batch inference jobs submitted or in progress. Wait for a job to finish, or stop one, and try again.");
                }
                string id = NewJobId();
                string arn = "arn:aws:bedrock:" + _engine.Region + ":" + _engine.AccountId + ":model-invocation-job/" + id;
                int hours = body["timeoutDurationInHours"] is JsonValue h && h.TryGetValue(out int value) ? value : 168;
                var job = new BatchJob(id, arn, (JsonObject)body.DeepClone(), modelId, type, hours, DateTimeOffset.UtcNow);
                _jobs[id] = job;
                var resolved = new ResolvedModel(modelId, model, _engine.Catalog.FindProfile(modelId));
                _ = Task.Run(() => _runner.RunAsync(job, resolved));
                return job;
            }
        }

        /// <summary>By id or ARN; ResourceNotFoundException when the account has no such job.</summary>
        public BatchJob Find(string identifier)
        {
            string id = identifier;
            int marker = identifier.LastIndexOf(":model-invocation-job/", StringComparison.Ordinal);
            if (marker >= 0)
            {
                id = identifier.Substring(marker + ":model-invocation-job/".Length);
            }
            return _jobs.TryGetValue(id, out var job) && (marker < 0 || job.JobArn == identifier)
                ? job
                : throw ServiceError.NotFound("The model invocation job " + identifier + " was not found.");
        }

        public IReadOnlyList<BatchJob> All() => _jobs.Values.OrderBy(j => j.SubmitTime).ThenBy(j => j.JobId, StringComparer.Ordinal).ToList();

        public void Stop(BatchJob job)
        {
            string status = job.Status;
            if (BatchJob.IsFinalStatus(status))
            {
                throw ServiceError.Validation("The job " + job.JobArn + " is " + status + " and can no longer be stopped.");
            }
            if (job.MoveTo("Stopping"))
            {
                job.StopRequested.Cancel();
            }
        }

        public void Dispose() => _shutdown.Cancel();

        private string NewJobId()
        {
            var chars = new char[12];
            lock (_random)
            {
                do
                {
                    for (int i = 0; i < chars.Length; i++)
                    {
                        chars[i] = Alphabet[_random.Next(Alphabet.Length)];
                    }
                }
                while (_jobs.ContainsKey(new string(chars)));
            }
            return new string(chars);
        }
    }
}
