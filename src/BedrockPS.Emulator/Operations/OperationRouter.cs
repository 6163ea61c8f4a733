using System.Collections.Generic;
using BedrockPS.Emulator.Batch;
using BedrockPS.Emulator.ControlPlane;
using BedrockPS.Emulator.Converse;
using BedrockPS.Emulator.Guardrails;
using BedrockPS.Emulator.Native;

namespace BedrockPS.Emulator.Operations
{
    /// <summary>Maps method + decoded path segments to the operation, for both the runtime and control-plane APIs.</summary>
    internal sealed class OperationRouter
    {
        private readonly IOperation _converse = new ConverseOperation(streaming: false);
        private readonly IOperation _converseStream = new ConverseOperation(streaming: true);
        private readonly IOperation _invoke = new InvokeModelOperation(streaming: false);
        private readonly IOperation _invokeStream = new InvokeModelOperation(streaming: true);
        private readonly IOperation _countTokens = new CountTokensOperation();
        private readonly IOperation _applyGuardrail = new ApplyGuardrailOperation();
        private readonly IOperation _listModels = new ListFoundationModelsOperation();
        private readonly IOperation _getModel = new GetFoundationModelOperation();
        private readonly IOperation _listProfiles = new ListInferenceProfilesOperation();
        private readonly IOperation _getProfile = new GetInferenceProfileOperation();
        private readonly IOperation _createProfile = new CreateInferenceProfileOperation();
        private readonly IOperation _deleteProfile = new DeleteInferenceProfileOperation();
        private readonly IOperation _modelAvailability = new GetFoundationModelAvailabilityOperation();
        private readonly IOperation _listTags = new ListTagsForResourceOperation();
        private readonly IOperation _tagResource = new TagResourceOperation();
        private readonly IOperation _untagResource = new UntagResourceOperation();
        private readonly IOperation _createJob = new CreateModelInvocationJobOperation();
        private readonly IOperation _getJob = new GetModelInvocationJobOperation();
        private readonly IOperation _listJobs = new ListModelInvocationJobsOperation();
        private readonly IOperation _stopJob = new StopModelInvocationJobOperation();

        public IOperation Find(string method, IReadOnlyList<string> segments)
        {
            if (method == "POST" && segments.Count == 3 && segments[0] == "model")
            {
                switch (segments[2])
                {
                    case "converse": return _converse;
                    case "converse-stream": return _converseStream;
                    case "invoke": return _invoke;
                    case "invoke-with-response-stream": return _invokeStream;
                    case "count-tokens": return _countTokens;
                }
            }
            if (method == "POST" && segments.Count == 5 && segments[0] == "guardrail" && segments[2] == "version" && segments[4] == "apply")
            {
                return _applyGuardrail;
            }
            if (method == "GET" && segments.Count >= 1 && segments[0] == "foundation-models")
            {
                if (segments.Count == 1 || (segments.Count == 2 && segments[1].Length == 0))
                {
                    return _listModels;
                }
                if (segments.Count == 2)
                {
                    return _getModel;
                }
            }
            if (method == "GET" && segments.Count >= 1 && segments[0] == "inference-profiles")
            {
                if (segments.Count == 1 || (segments.Count == 2 && segments[1].Length == 0))
                {
                    return _listProfiles;
                }
                if (segments.Count == 2)
                {
                    return _getProfile;
                }
            }
            IOperation? profileOrTagging = FindProfileOrTagging(method, segments);
            if (profileOrTagging != null)
            {
                return profileOrTagging;
            }
            if (segments.Count >= 1 && segments[0] == "model-invocation-job")
            {
                if (method == "POST" && segments.Count == 1)
                {
                    return _createJob;
                }
                if (method == "GET" && segments.Count == 2)
                {
                    return _getJob;
                }
                if (method == "POST" && segments.Count == 3 && segments[2] == "stop")
                {
                    return _stopJob;
                }
            }
            if (method == "GET" && segments.Count == 1 && segments[0] == "model-invocation-jobs")
            {
                return _listJobs;
            }
            throw new ServiceError(404, "UnknownOperationException", "The requested operation is not supported by the BedrockPS emulator: " + method + " /" + string.Join("/", segments));
        }

        /// <summary>The operations on application inference profiles, tags and model availability.</summary>
        private IOperation? FindProfileOrTagging(string method, IReadOnlyList<string> segments)
        {
            if (segments.Count == 1 && method == "POST")
            {
                switch (segments[0])
                {
                    case "inference-profiles": return _createProfile;
                    case "listTagsForResource": return _listTags;
                    case "tagResource": return _tagResource;
                    case "untagResource": return _untagResource;
                }
            }
            if (segments.Count == 2 && method == "DELETE" && segments[0] == "inference-profiles" && segments[1].Length > 0)
            {
                return _deleteProfile;
            }
            if (segments.Count == 2 && method == "GET" && segments[0] == "foundation-model-availability" && segments[1].Length > 0)
            {
                return _modelAvailability;
            }
            return null;
        }
    }
}
