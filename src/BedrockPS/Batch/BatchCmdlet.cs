using System;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Configuration;
using BedrockPS.Core;
using BedrockPS.Core.Models;
using BedrockPS.Core.Storage;
using BedrockPS.Emulators;
using BedrockPS.Infrastructure;

namespace BedrockPS.Batch
{
    /// <summary>
    /// What the batch cmdlets share: the job service, S3 with the same identity, and job ids checked before sending.
    /// The S3 endpoint is -S3EndpointUrl, then AWS_ENDPOINT_URL_S3, then the S3 endpoint of an emulator started in
    /// this session whose Bedrock endpoint is the one in use, then AWS's own.
    /// </summary>
    public abstract class BatchCmdlet : BedrockCmdlet
    {
        // Only the module's own cmdlets derive from it; it is public because they are.
        private protected BatchCmdlet()
        {
        }

        internal const string InvalidJobId = "BedrockPS.InvalidBatchJobId";

        /// <summary>The S3 endpoint for batch data (path-style). Without it: AWS_ENDPOINT_URL_S3, then the S3 endpoint of an emulator started in this session, then AWS's own S3.</summary>
        [Parameter]
        public Uri? S3EndpointUrl { get; set; }

        internal IBedrockBatchJobService GetBatchService() =>
            GetService() as IBedrockBatchJobService
            ?? throw new InvalidOperationException("The configured Bedrock client does not offer batch inference jobs.");

        internal S3ObjectStorage CreateStorage()
        {
            var parameters = new ConnectionParameters
            {
                Region = Region,
                ProfileName = ProfileName,
                Credential = CredentialInput.From(Credential),
                ApiKey = ApiKey,
                EndpointUrl = EndpointUrl,
            };
            var options = ClientProvider.ResolveOptions(parameters, ConfigurationRegistry.Current, out _);
            options.S3EndpointUrl = S3EndpointUrl ?? EmulatorS3Endpoint(options.EndpointUrl);
            return new S3ObjectStorage(options);
        }

        /// <summary>Refuses a malformed id before anything is sent.</summary>
        internal static string CheckJobId(string jobId)
        {
            if (!ModelInvocationJobIdentifiers.IsValid(jobId))
            {
                throw new LocalInputException(InvalidJobId, ErrorCategory.InvalidArgument,
                    "'" + jobId + "' is not a batch job id (12 lower-case letters and digits) or job ARN. Get-BedrockBatchJob lists your jobs.", "JobId");
            }
            return jobId;
        }

        private static Uri? EmulatorS3Endpoint(Uri? bedrockEndpoint)
        {
            if (bedrockEndpoint == null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3")))
            {
                return null;
            }
            var emulator = EmulatorRegistry.Snapshot().FirstOrDefault(e => e.IsRunning
                && Uri.Compare(new Uri(e.EndpointUrl), bedrockEndpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
            return emulator != null ? new Uri(emulator.S3EndpointUrl) : null;
        }
    }
}
