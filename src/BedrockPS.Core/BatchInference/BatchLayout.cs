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
        public const string ManifestSuffix = ".rows.manifest";

        public static S3ObjectUri RunFolder(S3ObjectUri root, string jobName) => root.Child(jobName + "/");

        public static S3ObjectUri InputPrefix(S3ObjectUri run, BatchPlannedJob job) => run.Child(job.Folder + "/");

        public static S3ObjectUri Output(S3ObjectUri run) => run.Child("output/");

        /// <summary>The row manifest of the job whose input prefix this is.</summary>
        public static S3ObjectUri ManifestFor(S3ObjectUri inputPrefix) =>
            S3ObjectUri.Parse("s3://" + inputPrefix.Bucket + "/" + inputPrefix.Key.TrimEnd('/') + ManifestSuffix);

        /// <summary>The service's output object for one input file: "&lt;output&gt;/&lt;job id&gt;/&lt;file&gt;.out".</summary>
        public static S3ObjectUri OutputFile(S3ObjectUri output, string jobId, string inputFileName) => output.Child(jobId + "/" + inputFileName + ".out");

        public static S3ObjectUri OutputManifest(S3ObjectUri output, string jobId) => output.Child(jobId + "/manifest.json.out");
    }
}
