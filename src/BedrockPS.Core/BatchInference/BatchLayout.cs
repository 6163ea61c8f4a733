using BedrockPS.Core.Storage;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// Where a batch run keeps things under its S3 folder: "&lt;run&gt;/job-0001/input-0001.jsonl" (the job's input
    /// prefix), "&lt;run&gt;/job-0001.rows.manifest" beside it (found again from the job alone), "&lt;run&gt;/output/".
    /// The manifest is outside the input prefix, so the service never reads it as records.
    /// </summary>
    public static class BatchLayout
    {
        /// <summary>Suffix of a job's row manifest, appended to its input prefix.</summary>
        public const string ManifestSuffix = ".rows.manifest";

        /// <summary>The folder of one run: "&lt;root&gt;/&lt;job name&gt;/".</summary>
        /// <param name="root">The S3 folder given for batch runs.</param>
        /// <param name="jobName">The run's job name.</param>
        public static S3ObjectUri RunFolder(S3ObjectUri root, string jobName) => root.Child(jobName + "/");

        /// <summary>A job's input prefix: "&lt;run&gt;/job-0001/".</summary>
        /// <param name="run">The run folder.</param>
        /// <param name="job">The planned job.</param>
        public static S3ObjectUri InputPrefix(S3ObjectUri run, BatchPlannedJob job) => run.Child(job.Folder + "/");

        /// <summary>The output prefix given to every job of the run: "&lt;run&gt;/output/".</summary>
        /// <param name="run">The run folder.</param>
        public static S3ObjectUri Output(S3ObjectUri run) => run.Child("output/");

        /// <summary>The row manifest of the job whose input prefix this is.</summary>
        public static S3ObjectUri ManifestFor(S3ObjectUri inputPrefix) =>
            S3ObjectUri.Parse("s3://" + inputPrefix.Bucket + "/" + inputPrefix.Key.TrimEnd('/') + ManifestSuffix);

        /// <summary>The service's output object for one input file: "&lt;output&gt;/&lt;job id&gt;/&lt;file&gt;.out".</summary>
        public static S3ObjectUri OutputFile(S3ObjectUri output, string jobId, string inputFileName) => output.Child(jobId + "/" + inputFileName + ".out");

        /// <summary>The service's manifest of a finished job: "&lt;output&gt;/&lt;job id&gt;/manifest.json.out".</summary>
        /// <param name="output">The output prefix.</param>
        /// <param name="jobId">The job's 12-character id.</param>
        public static S3ObjectUri OutputManifest(S3ObjectUri output, string jobId) => output.Child(jobId + "/manifest.json.out");
    }
}
