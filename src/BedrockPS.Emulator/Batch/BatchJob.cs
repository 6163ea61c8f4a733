using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>One emulated model invocation job. Mutable state is changed under its lock; readers take a JSON snapshot.</summary>
    internal sealed class BatchJob
    {
        private readonly object _gate = new object();
        private string _status = "Submitted";
        private string? _message;
        private DateTimeOffset _lastModified;
        private DateTimeOffset? _endTime;
        private long? _total;
        private long _processed;
        private long _success;
        private long _errors;

        public BatchJob(string jobId, string jobArn, JsonObject request, string modelId, string modelInvocationType, int timeoutHours, DateTimeOffset submitTime)
        {
            JobId = jobId;
            JobArn = jobArn;
            Request = request;
            ModelId = modelId;
            ModelInvocationType = modelInvocationType;
            TimeoutHours = timeoutHours;
            SubmitTime = submitTime;
            _lastModified = submitTime;
        }

        public string JobId { get; }
        public string JobArn { get; }
        /// <summary>The create request as received (a copy), for the fields a job echoes back.</summary>
        public JsonObject Request { get; }
        public string ModelId { get; }
        public string ModelInvocationType { get; }
        public int TimeoutHours { get; }
        public DateTimeOffset SubmitTime { get; }
        public string JobName => Request["jobName"]?.GetValue<string>() ?? string.Empty;
        public string? ClientRequestToken => Request["clientRequestToken"]?.GetValue<string>();
        public CancellationTokenSource StopRequested { get; } = new CancellationTokenSource();

        public string Status
        {
            get
            {
                lock (_gate)
                {
                    return _status;
                }
            }
        }

        public bool IsFinal => IsFinalStatus(Status);

        public static bool IsFinalStatus(string status) =>
            status == "Completed" || status == "PartiallyCompleted" || status == "Failed" || status == "Stopped" || status == "Expired";

        /// <summary>Moves to <paramref name="status"/> unless the job already ended; returns false when it had.</summary>
        public bool MoveTo(string status, string? message = null)
        {
            lock (_gate)
            {
                if (IsFinalStatus(_status))
                {
                    return false;
                }
                _status = status;
                _message = message ?? _message;
                _lastModified = DateTimeOffset.UtcNow;
                if (IsFinalStatus(status))
                {
                    _endTime = _lastModified;
                }
                return true;
            }
        }

        public void SetTotal(long total)
        {
            lock (_gate)
            {
                _total = total;
            }
        }

        public void CountRecord(bool success)
        {
            lock (_gate)
            {
                _processed++;
                if (success)
                {
                    _success++;
                }
                else
                {
                    _errors++;
                }
                _lastModified = DateTimeOffset.UtcNow;
            }
        }

        public (long Total, long Processed, long Success, long Errors) Counts()
        {
            lock (_gate)
            {
                return (_total ?? 0, _processed, _success, _errors);
            }
        }

        /// <summary>The job as GetModelInvocationJob answers it (ListModelInvocationJobs uses the same members).</summary>
        public JsonObject ToJson()
        {
            lock (_gate)
            {
                var json = new JsonObject
                {
                    ["jobArn"] = JobArn,
                    ["jobName"] = JobName,
                    ["modelId"] = ModelId,
                    ["roleArn"] = Request["roleArn"]?.DeepClone(),
                    ["status"] = _status,
                    ["submitTime"] = Timestamp(SubmitTime),
                    ["lastModifiedTime"] = Timestamp(_lastModified),
                    ["inputDataConfig"] = Request["inputDataConfig"]?.DeepClone(),
                    ["outputDataConfig"] = Request["outputDataConfig"]?.DeepClone(),
                    ["timeoutDurationInHours"] = TimeoutHours,
                    ["jobExpirationTime"] = Timestamp(SubmitTime.AddHours(TimeoutHours)),
                    ["modelInvocationType"] = ModelInvocationType,
                };
                if (ClientRequestToken != null)
                {
                    json["clientRequestToken"] = ClientRequestToken;
                }
                if (_message != null)
                {
                    json["message"] = _message;
                }
                if (_endTime != null)
                {
                    json["endTime"] = Timestamp(_endTime.Value);
                }
                if (Request["vpcConfig"] is JsonNode vpc)
                {
                    json["vpcConfig"] = vpc.DeepClone();
                }
                if (_total != null)
                {
                    json["totalRecordCount"] = _total.Value;
                    json["processedRecordCount"] = _processed;
                    json["successRecordCount"] = _success;
                    json["errorRecordCount"] = _errors;
                }
                return json;
            }
        }

        private static string Timestamp(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
