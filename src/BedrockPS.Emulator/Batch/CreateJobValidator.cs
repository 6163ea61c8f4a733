using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>CreateModelInvocationJob's constraint checks, answered as the service words them.</summary>
    internal static class CreateJobValidator
    {
        // The patterns of the service model's shapes.
        private static readonly Regex JobName = new Regex(@"^[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9\+\-\.]){0,63}$", RegexOptions.CultureInvariant);
        private static readonly Regex RoleArn = new Regex(@"^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+$", RegexOptions.CultureInvariant);
        private static readonly Regex Token = new Regex(@"^[a-zA-Z0-9]{1,256}(-*[a-zA-Z0-9]){0,256}$", RegexOptions.CultureInvariant);

        public static void Check(JsonObject body)
        {
            var violations = new List<string>();
            string? jobName = JsonBody.String(body, "jobName");
            string? roleArn = JsonBody.String(body, "roleArn");
            string? modelId = JsonBody.String(body, "modelId");
            string? token = JsonBody.String(body, "clientRequestToken");
            string? input = (body["inputDataConfig"]?["s3InputDataConfig"] as JsonObject)?["s3Uri"]?.GetValue<string>();
            string? output = (body["outputDataConfig"]?["s3OutputDataConfig"] as JsonObject)?["s3Uri"]?.GetValue<string>();
            Required(violations, jobName, "jobName");
            Required(violations, roleArn, "roleArn");
            Required(violations, modelId, "modelId");
            if (body["inputDataConfig"] == null)
            {
                violations.Add("Value null at 'inputDataConfig' failed to satisfy constraint: Member must not be null");
            }
            if (body["outputDataConfig"] == null)
            {
                violations.Add("Value null at 'outputDataConfig' failed to satisfy constraint: Member must not be null");
            }
            if (jobName != null && (jobName.Length > 63 || !JobName.IsMatch(jobName)))
            {
                violations.Add("Value '" + jobName + "' at 'jobName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9\\+\\-\\.]){0,63}");
            }
            if (roleArn != null && (roleArn.Length > 2048 || !RoleArn.IsMatch(roleArn)))
            {
                violations.Add("Value '" + roleArn + "' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+");
            }
            if (token != null && !Token.IsMatch(token))
            {
                violations.Add("Value '" + token + "' at 'clientRequestToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9]{1,256}(-*[a-zA-Z0-9]){0,256}");
            }
            CheckUri(violations, body["inputDataConfig"], "s3InputDataConfig", input, "inputDataConfig.s3InputDataConfig.s3Uri");
            CheckUri(violations, body["outputDataConfig"], "s3OutputDataConfig", output, "outputDataConfig.s3OutputDataConfig.s3Uri");
            string? format = (body["inputDataConfig"]?["s3InputDataConfig"] as JsonObject)?["s3InputFormat"]?.GetValue<string>();
            if (format != null && format != "JSONL")
            {
                violations.Add("Value '" + format + "' at 'inputDataConfig.s3InputDataConfig.s3InputFormat' failed to satisfy constraint: Member must satisfy enum value set: [JSONL]");
            }
            if (body["timeoutDurationInHours"] is JsonValue hours && (!hours.TryGetValue(out int value) || value < 24 || value > 168))
            {
                violations.Add("Value '" + hours.ToJsonString() + "' at 'timeoutDurationInHours' failed to satisfy constraint: Member must have value "
                    + (hours.TryGetValue(out int v) && v > 168 ? "less than or equal to 168" : "greater than or equal to 24"));
            }
            string? type = JsonBody.String(body, "modelInvocationType");
            if (type != null && type != "InvokeModel" && type != "Converse")
            {
                violations.Add("Value '" + type + "' at 'modelInvocationType' failed to satisfy constraint: Member must satisfy enum value set: [InvokeModel, Converse]");
            }
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }
        }

        private static void Required(List<string> violations, string? value, string member)
        {
            if (value == null)
            {
                violations.Add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
            }
        }

        private static void CheckUri(List<string> violations, JsonNode? config, string member, string? uri, string path)
        {
            if (config == null)
            {
                return;
            }
            if (uri == null)
            {
                violations.Add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
            }
            else if (!S3Uri.IsValid(uri))
            {
                violations.Add("Value '" + uri + "' at '" + path + "' failed to satisfy constraint: Member must satisfy regular expression pattern: s3://[a-z0-9][-.a-z0-9]{1,61}[a-z0-9](?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?");
            }
        }
    }
}
