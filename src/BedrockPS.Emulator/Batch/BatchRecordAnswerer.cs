using System.Text.Json.Nodes;
using BedrockPS.Emulator.Catalog;
using BedrockPS.Emulator.Converse;
using BedrockPS.Emulator.Generation;
using BedrockPS.Emulator.Native;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Batch
{
    /// <summary>
    /// Answers one input record the way the batch engine writes it: {recordId, modelInput, modelOutput} or, when the
    /// record fails, {recordId, modelInput, error: {errorCode, errorMessage}}.
    /// </summary>
    internal sealed class BatchRecordAnswerer
    {
        private readonly EmulatorEngine _engine;
        private readonly ResolvedModel _model;
        private readonly bool _converse;

        public BatchRecordAnswerer(EmulatorEngine engine, ResolvedModel model, string modelInvocationType)
        {
            _engine = engine;
            _model = model;
            _converse = modelInvocationType == "Converse";
        }

        public JsonObject Answer(string recordId, JsonNode? modelInput, out bool success, out int inputTokens, out int outputTokens)
        {
            var line = new JsonObject { ["recordId"] = recordId, ["modelInput"] = modelInput?.DeepClone() };
            inputTokens = 0;
            outputTokens = 0;
            try
            {
                if (!(modelInput is JsonObject body))
                {
                    throw ServiceError.Validation("Malformed input request, please reformat your input and try again.");
                }
                ModelReply reply;
                JsonObject output;
                if (_converse)
                {
                    output = ConverseOperation.AnswerRecord(body, _model, _engine, out reply);
                }
                else
                {
                    INativeFormat format = NativeFormats.For(_model.Model.Family);
                    GenerationRequest request = format.Read(body);
                    reply = format.GeneratesText
                        ? _engine.Generator.Generate(request, _model.RequestedId, _model.Model.ModelId, _engine.Scenario)
                        : new ModelReply { InputTokens = TokenCounter.CountInput(request) };
                    output = format.Response(reply, request, _model.Model, recordId);
                }
                if (reply.Fault != null && reply.Fault.Kind != FaultKind.None)
                {
                    throw FaultError(reply.Fault.Kind);
                }
                inputTokens = reply.InputTokens;
                outputTokens = reply.OutputTokens;
                line["modelOutput"] = output;
                success = true;
            }
            catch (ServiceError error)
            {
                line["error"] = new JsonObject { ["errorCode"] = error.Status, ["errorMessage"] = error.Message };
                success = false;
            }
            return line;
        }

        /// <summary>A scenario rule's fault, as the record's error: the status and message the on-demand call would have got.</summary>
        private static ServiceError FaultError(FaultKind kind)
        {
            switch (kind)
            {
                case FaultKind.Throttling:
                case FaultKind.StreamThrottlingException:
                    return new ServiceError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
                case FaultKind.ModelTimeout:
                    return new ServiceError(408, "ModelTimeoutException", "Model has timed out in processing the request. Try your request again.");
                case FaultKind.ServiceUnavailable:
                    return new ServiceError(503, "ServiceUnavailableException", "The service is temporarily unable to handle the request. Try again later.");
                case FaultKind.ModelNotReady:
                    return new ServiceError(429, "ModelNotReadyException", "Model is not ready for inference. Wait and try your request again.");
                case FaultKind.StreamModelError:
                    return new ServiceError(424, "ModelErrorException", "The model returned an error while processing the request.");
                default:
                    return new ServiceError(500, "InternalServerException", "The server encountered an internal error while processing the request.");
            }
        }
    }
}
