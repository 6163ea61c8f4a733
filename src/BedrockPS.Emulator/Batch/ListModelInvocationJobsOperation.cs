using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>GET /model-invocation-jobs: status, name and submit-time filters, sorted by creation time, paged.</summary>
    internal sealed class ListModelInvocationJobsOperation : IOperation
    {
        private static readonly string[] Statuses =
        {
            "Submitted", "InProgress", "Completed", "Failed", "Stopping", "Stopped", "PartiallyCompleted", "Expired", "Validating", "Scheduled",
        };

        public async Task HandleAsync(OperationContext context)
        {
            var request = context.Request;
            var violations = new List<string>();
            string? status = request.Query("statusEquals");
            if (status != null && Array.IndexOf(Statuses, status) < 0)
            {
                violations.Add("Value '" + status + "' at 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set: [" + string.Join(", ", Statuses) + "]");
            }
            string? sortOrder = request.Query("sortOrder");
            if (sortOrder != null && sortOrder != "Ascending" && sortOrder != "Descending")
            {
                violations.Add("Value '" + sortOrder + "' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [Ascending, Descending]");
            }
            string? sortBy = request.Query("sortBy");
            if (sortBy != null && sortBy != "CreationTime")
            {
                violations.Add("Value '" + sortBy + "' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [CreationTime]");
            }
            int maxResults = 1000;
            string? maxText = request.Query("maxResults");
            if (maxText != null && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxResults) || maxResults < 1 || maxResults > 1000))
            {
                violations.Add("Value '" + maxText + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000");
            }
            DateTimeOffset? after = Time(request.Query("submitTimeAfter"), "submitTimeAfter", violations);
            DateTimeOffset? before = Time(request.Query("submitTimeBefore"), "submitTimeBefore", violations);
            if (violations.Count > 0)
            {
                throw ServiceError.ConstraintViolations(violations);
            }
            string? nameContains = request.Query("nameContains");
            IEnumerable<BatchJob> jobs = context.Engine.BatchJobs.All()
                .Where(j => status == null || j.Status == status)
                .Where(j => nameContains == null || j.JobName.IndexOf(nameContains, StringComparison.Ordinal) >= 0)
                .Where(j => after == null || j.SubmitTime > after)
                .Where(j => before == null || j.SubmitTime < before);
            var ordered = (sortOrder == "Ascending" ? jobs : jobs.Reverse()).ToList();
            int start = Start(request.Query("nextToken"));
            var page = ordered.Skip(start).Take(maxResults).ToList();
            var response = new JsonObject { ["invocationJobSummaries"] = new JsonArray(page.Select(j => (JsonNode)j.ToJson()).ToArray()) };
            if (start + page.Count < ordered.Count)
            {
                response["nextToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + (start + page.Count).ToString(CultureInfo.InvariantCulture)));
            }
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }

        private static DateTimeOffset? Time(string? text, string member, List<string> violations)
        {
            if (text == null)
            {
                return null;
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                return value;
            }
            violations.Add("Value '" + text + "' at '" + member + "' failed to satisfy constraint: Member must be a timestamp in ISO 8601 form");
            return null;
        }

        private static int Start(string? token)
        {
            if (token == null)
            {
                return 0;
            }
            try
            {
                string text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                if (text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text.Substring(7), NumberStyles.None, CultureInfo.InvariantCulture, out int start))
                {
                    return start;
                }
            }
            catch (FormatException)
            {
            }
            throw ServiceError.Validation("The pagination token is invalid.");
        }
    }
}
