using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.RegularExpressions;
using BedrockPS.Completion;
using BedrockPS.Configuration;
using BedrockPS.Conversion;
using BedrockPS.Core.BatchInference;
using BedrockPS.Core.Models;
using BedrockPS.Core.Requests;
using BedrockPS.Core.Storage;
using BedrockPS.Core.StructuredOutput;
using BedrockPS.Infrastructure;
using BedrockPS.StructuredOutput;

namespace BedrockPS.Batch
{
    /// <summary>
    /// Hands rows to Bedrock's batch engine: writes them as Converse-type JSONL records with a row manifest, splits
    /// them by the per-file and per-job quotas, uploads them to S3 and creates the jobs. -WhatIf shows the plan only.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "BedrockBatchJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(BatchJob))]
    public sealed class StartBedrockBatchJobCommand : BatchCmdlet
    {
        internal const string TooFewRowsId = "BedrockPS.TooFewBatchRows";
        private static readonly Regex RoleArnPattern = new Regex(@"^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$", RegexOptions.CultureInvariant);
        private static readonly Regex JobNamePattern = new Regex(@"^[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9\+\-\.]){0,63}$", RegexOptions.CultureInvariant);
        private static readonly Regex TokenPattern = new Regex(@"^[a-zA-Z0-9]{1,256}(-*[a-zA-Z0-9]){0,256}$", RegexOptions.CultureInvariant);

        private BatchInputWriter? _writer;
        private string? _folder;
        private string? _modelId;
        private S3ObjectUri? _root;
        private StructuredOutputSpec? _structuredOutput;

        /// <summary>The prompt of one row. Rows bind it from a <c>Message</c>, <c>Prompt</c> or <c>Text</c> property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Prompt", "Text")]
        [AllowEmptyString]
        public string Message { get; set; } = string.Empty;

        /// <summary>The whole pipeline object, kept in the row manifest so results carry it as Input.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The model or inference profile id every record of the job uses (one model per job). Defaults to <c>Set-BedrockConfiguration -DefaultModelId</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InferenceProfileId")]
        [ArgumentCompleter(typeof(ModelIdCompleter))]
        [EmptyAsNull]
        public string? ModelId { get; set; }

        /// <summary>A system prompt for the row.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SystemPrompt")]
        [EmptyAsNull]
        public string? System { get; set; }

        /// <summary>The most tokens the answer may have.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public int? MaxTokens { get; set; }

        /// <summary>Sampling temperature, 0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? Temperature { get; set; }

        /// <summary>Nucleus sampling, 0 to 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public float? TopP { get; set; }

        /// <summary>Texts that end the answer.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EmptyAsNull]
        public string[]? StopSequence { get; set; }

        /// <summary>
        /// The JSON Schema every answer must follow (a hashtable, JSON text, a .json path or a class), sent in each
        /// record and kept in the row manifest so Receive-BedrockBatchJob can check the answers.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public object? JsonSchema { get; set; }

        /// <summary>
        /// How the schema is sent: Tool (the default: a forced tool, taken by every tool-capable model) or Native
        /// (outputConfig). A batch job cannot fall back per model as on-demand Auto does, so there is no Auto.
        /// </summary>
        [Parameter]
        [ValidateSet("Native", "Tool", IgnoreCase = true)]
        public string StructuredOutputMode { get; set; } = "Tool";

        /// <summary>The S3 folder the run goes under, as <c>s3://bucket/prefix</c>; the run uses <c>&lt;S3Uri&gt;/&lt;JobName&gt;/</c>.</summary>
        [Parameter(Mandatory = true)]
        public string S3Uri { get; set; } = string.Empty;

        /// <summary>The IAM role Bedrock assumes to read the input and write the output.</summary>
        [Parameter(Mandatory = true)]
        public string RoleArn { get; set; } = string.Empty;

        /// <summary>The job's name; with several jobs <c>-0001</c>, <c>-0002</c>... is appended. Defaults to <c>bedrockps-&lt;UTC date and time&gt;</c>.</summary>
        [Parameter]
        public string? JobName { get; set; }

        /// <summary>Hours (24 to 168) after which an unfinished job expires.</summary>
        [Parameter]
        [ValidateRange(24, 168)]
        public int? TimeoutHours { get; set; }

        /// <summary>Tags for the jobs, as a hashtable of keys and values.</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        /// <summary>The base of the jobs' idempotency tokens: running the same command again with the same token returns the same jobs instead of creating new ones.</summary>
        [Parameter]
        public string? ClientRequestToken { get; set; }

        /// <summary>The fewest records a job may have (the service's quota).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MinimumRecordsPerJob { get; set; } = new BatchQuotas().MinimumRecordsPerJob;

        /// <summary>The most records in one input file.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaxRecordsPerFile { get; set; } = new BatchQuotas().MaximumRecordsPerFile;

        /// <summary>The most records in one job.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int MaxRecordsPerJob { get; set; } = new BatchQuotas().MaximumRecordsPerJob;

        /// <summary>The largest input file, in bytes.</summary>
        [Parameter]
        [ValidateRange(1024L, long.MaxValue)]
        public long MaxBytesPerFile { get; set; } = new BatchQuotas().MaximumBytesPerFile;

        /// <summary>The most input bytes in one job.</summary>
        [Parameter]
        [ValidateRange(1024L, long.MaxValue)]
        public long MaxBytesPerJob { get; set; } = new BatchQuotas().MaximumBytesPerJob;

        /// <inheritdoc/>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            try
            {
                if (!S3ObjectUri.TryParse(S3Uri, out _root))
                {
                    throw LocalInputException.InvalidInput("-S3Uri '" + S3Uri + "' is not of the form s3://bucket/prefix (bucket: 3 to 63 lower-case letters, digits, dots and hyphens).", "S3Uri");
                }
                if (!RoleArnPattern.IsMatch(RoleArn))
                {
                    throw LocalInputException.InvalidInput("-RoleArn '" + RoleArn + "' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>). The README shows the role the service needs.", "RoleArn");
                }
                JobName ??= "bedrockps-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                if (!JobNamePattern.IsMatch(JobName) || JobName.Length > 58)
                {
                    throw LocalInputException.InvalidInput("-JobName '" + JobName + "' must start with a letter or digit and hold only letters, digits, + - . (at most 58 characters, leaving room for a job number).", "JobName");
                }
                if (ClientRequestToken != null && (!TokenPattern.IsMatch(ClientRequestToken) || ClientRequestToken.Length > 200))
                {
                    throw LocalInputException.InvalidInput("-ClientRequestToken must be letters and digits, optionally separated by hyphens (at most 200 characters).", "ClientRequestToken");
                }
                _ = Tags();
                _folder = IsWhatIf() ? null : Path.Combine(Path.GetTempPath(), "bedrockps-batch-" + Guid.NewGuid().ToString("N"));
                _writer = new BatchInputWriter(_folder, Quotas());
            }
            catch (LocalInputException ex)
            {
                ThrowMappedError(ex, ex.ParamName == "RoleArn" ? RoleArn : (object?)S3Uri);
            }
            if (JsonSchema != null)
            {
                // Read and checked once: a bad schema fails before any row is written.
                try
                {
                    JsonSchemaArgument schema = JsonSchemaArgument.From(JsonSchema, SessionState.Path.GetUnresolvedProviderPathFromPSPath);
                    var mode = (Core.StructuredOutput.StructuredOutputMode)Enum.Parse(typeof(Core.StructuredOutput.StructuredOutputMode), StructuredOutputMode, ignoreCase: true);
                    _structuredOutput = new StructuredOutputSpec(schema.ServiceSchema, schema.Validator, schema.Name, schema.Description, mode);
                    _writer!.Schema = new BatchSchemaHeader(schema.Schema, schema.Name, schema.Description, mode);
                }
                catch (Exception ex) when (!IsStop(ex))
                {
                    ThrowMappedError(ex, JsonSchema);
                }
            }
        }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            object row = (object?)InputObject ?? Message;
            try
            {
                string modelId = ModelId ?? ConfigurationRegistry.Current.DefaultModelId
                    ?? throw LocalInputException.InvalidInput("No model id: pass -ModelId, give the rows a ModelId column, or set Set-BedrockConfiguration -DefaultModelId.", "ModelId");
                if (_modelId != null && !string.Equals(_modelId, modelId, StringComparison.Ordinal))
                {
                    throw LocalInputException.InvalidInput("A batch job runs one model: this row asks for '" + modelId + "' after rows for '" + _modelId
                        + "'. Start one batch per model (Group-Object ModelId).", "ModelId");
                }
                _modelId = modelId;
                var request = BatchRowRequest.Build(Message, System, MaxTokens, Temperature, TopP, StopSequence);
                if (_structuredOutput != null)
                {
                    ConverseRequestBuilder.ApplyStructuredOutput(request, _structuredOutput, _structuredOutput.Mode);
                }
                byte[] rowJson = PowerShellToJson.ToUtf8(InputObject != null && !(InputObject.BaseObject is string) ? (object)InputObject : Message);
                _writer!.Add(new BatchRow(request, rowJson));
            }
            catch (LocalInputException ex)
            {
                // One bad row would leave a hole in the job: refuse the whole batch before anything is sent.
                ThrowMappedError(ex, row);
            }
        }

        /// <inheritdoc/>
        protected override void EndProcessing()
        {
            try
            {
                var plan = _writer!.Complete();
                _writer.Dispose();
                if (plan.Records < MinimumRecordsPerJob)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new LocalInputException(TooFewRowsId, ErrorCategory.InvalidArgument,
                            plan.Records + " rows is fewer than the " + MinimumRecordsPerJob + " records a batch job needs at least. "
                            + "Send them on demand with Invoke-BedrockConverse (-ThrottleLimit for speed), or lower -MinimumRecordsPerJob if your account's quota is lower."),
                        TooFewRowsId, ErrorCategory.InvalidArgument, plan.Records));
                }
                var last = plan.Jobs[plan.Jobs.Count - 1];
                if (last.Records < MinimumRecordsPerJob)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new LocalInputException(TooFewRowsId, ErrorCategory.InvalidArgument,
                            "Split by -MaxRecordsPerJob " + MaxRecordsPerJob + ", the last of " + plan.Jobs.Count + " jobs would hold " + last.Records
                            + " rows, fewer than the " + MinimumRecordsPerJob + " a job needs. Choose -MaxRecordsPerJob so that no job is left that small."),
                        TooFewRowsId, ErrorCategory.InvalidArgument, plan.Records));
                }
                string description = string.Format(CultureInfo.InvariantCulture,
                    "Start {0} batch job(s) on {1}: {2} rows in {3} file(s), {4:N0} bytes, about {5:N0} input tokens, under {6}",
                    plan.Jobs.Count, _modelId, plan.Records, plan.Files, plan.Bytes, plan.EstimatedInputTokens, BatchLayout.RunFolder(_root!, JobName!));
                WriteVerbose(description);
                if (!ShouldProcess(description, "Start-BedrockBatchJob"))
                {
                    return;
                }
                var service = GetBatchService();
                using var storage = CreateStorage();
                var launch = new BatchLaunchRequest(JobName!, _modelId!, RoleArn, _root!)
                {
                    TimeoutHours = TimeoutHours,
                    Tags = Tags(),
                    ClientRequestToken = ClientRequestToken,
                };
                var pump = Pump;
                var progress = new Progress<string>(line => pump.Post(() => WriteVerbose(line)));
                // Each job is written as soon as it exists: if a later one fails, the running ones are not lost.
                string token = BatchJobLauncher.ClientRequestTokenFor(launch);
                foreach (var planned in plan.Jobs)
                {
                    string arn = RunOnPump(ct => BatchJobLauncher.LaunchJobAsync(plan, planned, launch, token, storage, service, progress, ct));
                    var job = RunOnPump(ct => service.GetModelInvocationJobAsync(arn, ct));
                    WriteObject(BatchJobMapper.ToOutput(job));
                }
            }
            catch (Exception ex) when (!IsStop(ex) && !(ex is PipelineStoppedException) && !(ex is ActionPreferenceStopException))
            {
                ThrowMappedError(ex, S3Uri);
            }
            finally
            {
                DeleteFolder();
                base.EndProcessing();
            }
        }

        /// <inheritdoc/>
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _writer?.Dispose();
                DeleteFolder();
            }
            base.Dispose(disposing);
        }

        private void DeleteFolder()
        {
            if (_folder != null && Directory.Exists(_folder))
            {
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        private BatchQuotas Quotas() => new BatchQuotas
        {
            MinimumRecordsPerJob = MinimumRecordsPerJob,
            MaximumRecordsPerFile = MaxRecordsPerFile,
            MaximumRecordsPerJob = MaxRecordsPerJob,
            MaximumBytesPerFile = MaxBytesPerFile,
            MaximumBytesPerJob = MaxBytesPerJob,
        };

        private List<ResourceTag>? Tags()
        {
            if (Tag == null || Tag.Count == 0)
            {
                return null;
            }
            var tags = new List<ResourceTag>();
            foreach (DictionaryEntry entry in Tag)
            {
                string key = entry.Key?.ToString() ?? string.Empty;
                string value = entry.Value?.ToString() ?? string.Empty;
                if (key.Length == 0 || key.Length > 128 || value.Length > 256)
                {
                    throw LocalInputException.InvalidInput("Each -Tag key must have 1 to 128 characters and each value at most 256.", "Tag");
                }
                tags.Add(new ResourceTag { Key = key, Value = value });
            }
            return tags;
        }

        private bool IsWhatIf()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? bound))
            {
                return bound is SwitchParameter whatIf && whatIf.IsPresent;
            }
            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }
    }
}
