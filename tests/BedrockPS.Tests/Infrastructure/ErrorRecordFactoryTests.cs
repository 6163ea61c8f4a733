using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using BedrockPS.Core;
using BedrockPS.Infrastructure;
using Xunit;

namespace BedrockPS.Tests.Infrastructure
{
    public class ErrorRecordFactoryTests
    {
        public static IEnumerable<object[]> ServiceErrors()
        {
            yield return new object[] { BedrockErrorCodes.Throttling, 429, "BedrockPS.Throttling", ErrorCategory.LimitsExceeded };
            yield return new object[] { BedrockErrorCodes.AccessDenied, 403, "BedrockPS.AccessDenied", ErrorCategory.PermissionDenied };
            yield return new object[] { BedrockErrorCodes.Validation, 400, "BedrockPS.Validation", ErrorCategory.InvalidArgument };
            yield return new object[] { BedrockErrorCodes.ResourceNotFound, 404, "BedrockPS.ModelNotFound", ErrorCategory.ObjectNotFound };
            yield return new object[] { BedrockErrorCodes.ModelTimeout, 408, "BedrockPS.ModelTimeout", ErrorCategory.OperationTimeout };
            yield return new object[] { BedrockErrorCodes.ModelNotReady, 429, "BedrockPS.ModelNotReady", ErrorCategory.ResourceUnavailable };
            yield return new object[] { BedrockErrorCodes.ServiceUnavailable, 503, "BedrockPS.ServiceUnavailable", ErrorCategory.ResourceUnavailable };
            yield return new object[] { BedrockErrorCodes.InternalServer, 500, "BedrockPS.InternalServer", ErrorCategory.NotSpecified };
            yield return new object[] { BedrockErrorCodes.ServiceQuotaExceeded, 400, "BedrockPS.ServiceQuotaExceeded", ErrorCategory.QuotaExceeded };
            yield return new object[] { BedrockErrorCodes.ModelError, 424, "BedrockPS.ModelError", ErrorCategory.InvalidResult };
            yield return new object[] { BedrockErrorCodes.ModelStreamError, 424, "BedrockPS.ModelStreamError", ErrorCategory.InvalidResult };
            yield return new object[] { BedrockErrorCodes.InvalidSignature, 403, "BedrockPS.InvalidSignature", ErrorCategory.SecurityError };
            yield return new object[] { BedrockErrorCodes.UnrecognizedClient, 403, "BedrockPS.UnrecognizedClient", ErrorCategory.AuthenticationError };
            yield return new object[] { BedrockErrorCodes.ExpiredToken, 403, "BedrockPS.ExpiredToken", ErrorCategory.AuthenticationError };
            yield return new object[] { BedrockErrorCodes.NoCredentials, 0, "BedrockPS.NoCredentials", ErrorCategory.AuthenticationError };
            yield return new object[] { BedrockErrorCodes.NoRegion, 0, "BedrockPS.NoRegion", ErrorCategory.InvalidArgument };
            yield return new object[] { BedrockErrorCodes.StreamInterrupted, 0, "BedrockPS.StreamInterrupted", ErrorCategory.ReadError };
            yield return new object[] { BedrockErrorCodes.RequestTimeout, 0, "BedrockPS.RequestTimeout", ErrorCategory.OperationTimeout };
            yield return new object[] { BedrockErrorCodes.ConnectionFailure, 0, "BedrockPS.ConnectionFailure", ErrorCategory.ConnectionError };
            yield return new object[] { BedrockErrorCodes.InvalidEndpoint, 0, "BedrockPS.InvalidEndpoint", ErrorCategory.InvalidArgument };
            yield return new object[] { BedrockErrorCodes.InsecureBearerEndpoint, 0, "BedrockPS.InsecureEndpoint", ErrorCategory.SecurityError };
            yield return new object[] { BedrockErrorCodes.InvalidJsonSchema, 0, "BedrockPS.InvalidJsonSchema", ErrorCategory.InvalidArgument };
            yield return new object[] { BedrockErrorCodes.BatchManifestMissing, 0, "BedrockPS.BatchManifestMissing", ErrorCategory.ObjectNotFound };
            yield return new object[] { BedrockErrorCodes.BatchManifestInvalid, 0, "BedrockPS.BatchManifestInvalid", ErrorCategory.InvalidData };
            yield return new object[] { "SomethingNewException", 400, "BedrockPS.ServiceError", ErrorCategory.NotSpecified };
        }

        [Theory]
        [MemberData(nameof(ServiceErrors))]
        public void Service_errors_map_to_their_id_and_category_with_the_input_as_target(string code, int status, string errorId, ErrorCategory category)
        {
            var row = new PSObject();
            var exception = new BedrockServiceException(code, "The service said no.", status);

            ErrorRecord record = ErrorRecordFactory.FromException(exception, row);

            Assert.Equal(errorId, record.FullyQualifiedErrorId);
            Assert.Equal(category, record.CategoryInfo.Category);
            Assert.Same(row, record.TargetObject);
            Assert.Same(exception, record.Exception);
            Assert.StartsWith("The service said no.", record.ErrorDetails.Message);
            Assert.False(string.IsNullOrEmpty(record.ErrorDetails.RecommendedAction));
        }

        [Fact]
        public void Access_denied_tells_the_user_to_enable_model_access()
        {
            var exception = new BedrockServiceException(BedrockErrorCodes.AccessDenied, "You don't have access to the model with the specified model ID.", 403);

            ErrorRecord record = ErrorRecordFactory.FromException(exception, "prompt");

            Assert.Contains("Enable model access", record.ErrorDetails.Message);
            Assert.Contains("Bedrock console", record.ErrorDetails.Message);
        }

        [Fact]
        public void The_message_names_the_code_status_attempts_and_request_id()
        {
            var exception = new BedrockServiceException(BedrockErrorCodes.Throttling, "Too many requests.", 429);
            SetInternal(exception, nameof(BedrockServiceException.RequestId), "req-123");
            SetInternal(exception, nameof(BedrockServiceException.Attempts), 3);

            string message = ErrorRecordFactory.FromException(exception, null).ErrorDetails.Message;

            Assert.Contains("ThrottlingException", message);
            Assert.Contains("HTTP 429", message);
            Assert.Contains("3 attempts", message);
            Assert.Contains("request id req-123", message);
        }

        [Fact]
        public void A_cut_stream_says_how_much_text_arrived_and_where_it_is()
        {
            var exception = new BedrockServiceException(BedrockErrorCodes.StreamInterrupted, "The response stream was cut.");
            SetInternal(exception, nameof(BedrockServiceException.PartialText), "Hello wor");

            ErrorRecord record = ErrorRecordFactory.FromException(exception, "prompt");

            Assert.Contains("9 characters had arrived", record.ErrorDetails.Message);
            Assert.Contains("PartialText", record.ErrorDetails.Message);
            Assert.Equal("Hello wor", ((BedrockServiceException)record.Exception).PartialText);
        }

        [Fact]
        public void Local_refusals_keep_their_id_and_plain_message()
        {
            ErrorRecord invalid = ErrorRecordFactory.FromException(LocalInputException.InvalidInput("The prompt is empty.", "Message"), "row");
            ErrorRecord missing = ErrorRecordFactory.FileNotFound("./nope.png", null);

            Assert.Equal("BedrockPS.InvalidInput", invalid.FullyQualifiedErrorId);
            Assert.Equal("The prompt is empty.", invalid.ErrorDetails.Message);
            Assert.Equal("row", invalid.TargetObject);
            Assert.Equal("BedrockPS.FileNotFound", missing.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
            Assert.Equal("./nope.png", missing.TargetObject);
        }

        [Fact]
        public void Session_file_errors_target_the_path()
        {
            ErrorRecord record = ErrorRecordFactory.SessionFileInvalid("/tmp/s.json", "nested too deeply");

            Assert.Equal("BedrockPS.SessionFileInvalid", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, record.CategoryInfo.Category);
            Assert.Equal("/tmp/s.json", record.TargetObject);
            Assert.Contains("nested too deeply", record.ErrorDetails.Message);
        }

        [Fact]
        public void Wrapped_exceptions_are_mapped_by_their_inner_error()
        {
            var inner = new BedrockServiceException(BedrockErrorCodes.ModelTimeout, "Model timed out.", 408);

            ErrorRecord record = ErrorRecordFactory.FromException(new AggregateException(inner), null);

            Assert.Equal("BedrockPS.ModelTimeout", record.FullyQualifiedErrorId);
        }

        [Fact]
        public void Io_and_json_failures_have_their_own_ids()
        {
            Assert.Equal("BedrockPS.FileReadError", ErrorRecordFactory.FromException(new IOException("disk"), null).FullyQualifiedErrorId);
            Assert.Equal("BedrockPS.InvalidInput", ErrorRecordFactory.FromException(new System.Text.Json.JsonException("bad"), null).FullyQualifiedErrorId);
        }

        private static void SetInternal(object target, string property, object value)
        {
            target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!
                .GetSetMethod(nonPublic: true)!.Invoke(target, new[] { value });
        }
    }
}
