using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using BedrockPS.Tests.Cmdlets;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>
    /// The bad-input catalogue: each case is one command with one mistake, the error id the user must get, and how
    /// many requests may reach the emulator (0 for everything refused locally). Parameter-binding mistakes keep
    /// PowerShell's own ids (ParameterArgument*), which is what users and scripts already know how to catch.
    /// Runs with the process-wide configuration tests because a few cases rely on no default model being set.
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public class BadInputTests : IClassFixture<BadInputTests.Fixture>
    {
        private readonly Fixture _fixture;

        public BadInputTests(Fixture fixture)
        {
            _fixture = fixture;
        }

        public sealed class Fixture : IDisposable
        {
            public Fixture()
            {
                Host = new CmdletRunspace();
                Host.Set("Dir", Files.Folder);
            }

            internal BadInputFiles Files { get; } = new BadInputFiles();

            internal CmdletRunspace Host { get; }

            public void Dispose()
            {
                Host.Dispose();
                Files.Dispose();
            }
        }

        private sealed class Case
        {
            public Case(string script, string errorId, int requests = 0, int errors = 1)
            {
                Script = script;
                ErrorId = errorId;
                Requests = requests;
                Errors = errors;
            }

            /// <summary>One error per input row: 1 unless the case pipes several rows.</summary>
            public int Errors { get; }

            public string Script { get; }

            public string ErrorId { get; }

            public int Requests { get; }
        }

        private const string Converse = "Invoke-BedrockConverse -ModelId $Model @Connection ";
        private const string NativeBody = "@{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 10; messages = @(@{ role = 'user'; content = 'hi' }) }";

        private static readonly Dictionary<string, Case> Cases = new Dictionary<string, Case>
        {
            // Invoke-BedrockConverse: prompt
            ["Converse_empty_prompt"] = new Case(Converse + "-Message ''", "BedrockPS.InvalidInput"),
            ["Converse_whitespace_prompt"] = new Case(Converse + "-Message \"  `t `n \"", "BedrockPS.InvalidInput"),
            ["Converse_thirty_megabyte_prompt"] = new Case(Converse + "-Message ([IO.File]::ReadAllText((Join-Path $Dir 'thirty-megabytes.txt')))", "BedrockPS.InvalidInput"),
            ["Converse_prompt_of_wrong_type_from_pipeline_row_without_prompt_column"] = new Case(
                "Import-Csv (Join-Path $Dir 'no-prompt-column.csv') | " + Converse, "BedrockPS.InvalidInput", errors: 2),
            // model ids
            ["Converse_unknown_model_id"] = new Case("Invoke-BedrockConverse -ModelId anthropic.claude-unknown-v9:0 -Message hi @Connection", "BedrockPS.ModelNotFound", requests: 1),
            ["Converse_model_id_with_illegal_characters"] = new Case("Invoke-BedrockConverse -ModelId 'anthropic claude<script>' -Message hi @Connection", "BedrockPS.InvalidInput"),
            // Sent, but as one percent-encoded path segment: the service only sees an unknown model.
            ["Converse_model_id_with_path_traversal"] = new Case("Invoke-BedrockConverse -ModelId '../../foundation-models' -Message hi @Connection", "BedrockPS.ModelNotFound", requests: 1),
            ["Model_model_id_with_a_newline"] = new Case("Invoke-BedrockModel -ModelId \"anthropic`nclaude\" -Body " + NativeBody + " @Connection", "BedrockPS.InvalidInput"),
            ["Token_model_id_with_a_space"] = new Case("Measure-BedrockToken -ModelId 'anthropic claude' -Message hi @Connection", "BedrockPS.InvalidInput"),
            ["Catalog_model_id_with_a_space"] = new Case("Get-BedrockModel -ModelId 'anthropic claude-3' @Connection", "BedrockPS.InvalidInput"),
            ["Converse_arn_of_unknown_model"] = new Case("Invoke-BedrockConverse -ModelId 'arn:aws:bedrock:us-east-1::foundation-model/acme.nothing-v1:0' -Message hi @Connection", "BedrockPS.ModelNotFound", requests: 1),
            ["Converse_malformed_arn"] = new Case("Invoke-BedrockConverse -ModelId 'arn:aws:bedrock:::' -Message hi @Connection", "BedrockPS.Validation", requests: 1),
            ["Converse_no_model_id_anywhere"] = new Case("Invoke-BedrockConverse -Message hi @Connection", "BedrockPS.InvalidInput"),
            // images and documents
            ["Converse_image_missing"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'nowhere.png')", "BedrockPS.FileNotFound"),
            ["Converse_image_is_a_folder"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'folder.png')", "BedrockPS.FileNotFound"),
            ["Converse_image_wrong_format"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'not-an-image.png')", "BedrockPS.InvalidInput"),
            ["Converse_image_unknown_extension"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'picture.bmp')", "BedrockPS.InvalidInput"),
            ["Converse_image_empty"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'empty.png')", "BedrockPS.InvalidInput"),
            ["Converse_image_too_big"] = new Case(Converse + "-Message hi -Image (Join-Path $Dir 'huge.png')", "BedrockPS.InvalidInput"),
            ["Converse_document_missing"] = new Case(Converse + "-Message hi -Document (Join-Path $Dir 'nowhere.pdf')", "BedrockPS.FileNotFound"),
            // inference settings
            ["Converse_temperature_5"] = new Case(Converse + "-Message hi -Temperature 5", "BedrockPS.InvalidInput"),
            ["Converse_negative_temperature"] = new Case(Converse + "-Message hi -Temperature -0.1", "BedrockPS.InvalidInput"),
            ["Converse_negative_max_tokens"] = new Case(Converse + "-Message hi -MaxTokens -5", "BedrockPS.InvalidInput"),
            ["Converse_zero_max_tokens"] = new Case(Converse + "-Message hi -MaxTokens 0", "BedrockPS.InvalidInput"),
            ["Converse_top_p_2"] = new Case(Converse + "-Message hi -TopP 2", "BedrockPS.InvalidInput"),
            ["Converse_max_tokens_not_a_number"] = new Case(Converse + "-Message hi -MaxTokens lots", "CannotConvertArgumentNoMessage"),
            ["Converse_temperature_not_a_number"] = new Case(Converse + "-Message hi -Temperature hot", "CannotConvertArgumentNoMessage"),
            ["Converse_session_of_wrong_type"] = new Case(Converse + "-Message hi -Session 'my session'", "CannotConvertArgumentNoMessage"),
            ["Converse_tool_choice_without_tools"] = new Case(Converse + "-Message hi -ToolChoice any", "BedrockPS.InvalidInput"),
            ["Converse_guardrail_id_without_version"] = new Case(Converse + "-Message hi -GuardrailIdentifier gr1", "BedrockPS.InvalidInput"),
            ["Converse_additional_fields_not_json"] = new Case(Converse + "-Message hi -AdditionalModelRequestField '{not json'", "BedrockPS.InvalidInput"),
            ["Converse_stream_with_throttle_limit"] = new Case(Converse + "-Message hi -Stream -ThrottleLimit 4", "BedrockPS.InvalidInput"),
            ["Converse_throttle_limit_zero"] = new Case(Converse + "-Message hi -ThrottleLimit 0", "ParameterArgumentValidationError"),
            // connection and identity
            ["Converse_unknown_region"] = new Case("Invoke-BedrockConverse -ModelId $Model -Message hi -Region 'not a region' -Credential $Connection.Credential", "BedrockPS.InvalidConfiguration"),
            ["Converse_malformed_endpoint_url"] = new Case("Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl 'ftp://127.0.0.1/x' -Region us-east-1 -Credential $Connection.Credential", "BedrockPS.InvalidEndpoint"),
            ["Converse_relative_endpoint_url"] = new Case("Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl 'bedrock' -Region us-east-1 -Credential $Connection.Credential", "BedrockPS.InvalidEndpoint"),
            ["Converse_api_key_over_plain_http_to_another_host"] = new Case(
                "Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl 'http://bedrock.example.com' -Region us-east-1 -ApiKey (ConvertTo-SecureString 'k-123' -AsPlainText -Force)", "BedrockPS.InsecureEndpoint"),
            ["Converse_unknown_profile"] = new Case("Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -ProfileName 'no-such-profile-7f3a'", "BedrockPS.NoCredentials"),
            ["Converse_credential_of_wrong_type"] = new Case("Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Credential 42", "BedrockPS.InvalidInput"),
            ["Converse_unknown_access_key"] = new Case(
                "Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Credential ([pscredential]::new('AKIANOBODY000000000', (ConvertTo-SecureString 's' -AsPlainText -Force)))",
                "BedrockPS.UnrecognizedClient", requests: 1),
            ["Converse_wrong_secret_key"] = new Case(
                "Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Credential ([pscredential]::new($Connection.Credential.UserName, (ConvertTo-SecureString 'wrong' -AsPlainText -Force)))",
                "BedrockPS.InvalidSignature", requests: 1),
            ["Converse_region_other_than_the_endpoint_signs_for"] = new Case(
                "Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl $Connection.EndpointUrl -Region eu-west-3 -Credential $Connection.Credential", "BedrockPS.InvalidSignature", requests: 1),
            // Invoke-BedrockModel
            ["Model_empty_body"] = new Case("Invoke-BedrockModel -ModelId $Model -Body '' @Connection", "BedrockPS.InvalidInput"),
            ["Model_body_not_json"] = new Case("Invoke-BedrockModel -ModelId $Model -Body '{oops' @Connection", "BedrockPS.InvalidInput"),
            ["Model_empty_model_id"] = new Case("Invoke-BedrockModel -ModelId '' -Body " + NativeBody + " @Connection", "ParameterArgumentValidationError"),
            ["Model_unknown_model_id"] = new Case("Invoke-BedrockModel -ModelId acme.nothing-v1:0 -Body " + NativeBody + " @Connection", "BedrockPS.Validation", requests: 1),
            ["Model_body_missing_required_keys"] = new Case("Invoke-BedrockModel -ModelId $Model -Body '{\"messages\":[]}' @Connection", "BedrockPS.Validation", requests: 1),
            // Measure-BedrockToken
            ["Token_empty_prompt"] = new Case("Measure-BedrockToken -ModelId $Model -Message ' ' @Connection", "BedrockPS.InvalidInput"),
            ["Token_session_without_messages"] = new Case("Measure-BedrockToken -Session (New-BedrockSession -ModelId $Model) @Connection", "BedrockPS.InvalidInput"),
            ["Token_body_not_json"] = new Case("Measure-BedrockToken -ModelId $Model -Body '{oops' @Connection", "BedrockPS.InvalidInput"),
            // Invoke-BedrockGuardrail
            ["Guardrail_empty_text"] = new Case("Invoke-BedrockGuardrail -GuardrailIdentifier gr1 -GuardrailVersion DRAFT -Text ' ' @Connection", "BedrockPS.InvalidInput"),
            ["Guardrail_unknown_source"] = new Case("Invoke-BedrockGuardrail -GuardrailIdentifier gr1 -GuardrailVersion DRAFT -Text hi -Source Sideways @Connection", "ParameterArgumentValidationError"),
            ["Guardrail_empty_identifier"] = new Case("Invoke-BedrockGuardrail -GuardrailIdentifier '' -GuardrailVersion DRAFT -Text hi @Connection", "ParameterArgumentValidationError"),
            // catalog
            ["Catalog_unknown_output_modality"] = new Case("Get-BedrockModel -OutputModality SOUND @Connection", "ParameterArgumentValidationError"),
            ["Profile_unknown_type"] = new Case("Get-BedrockInferenceProfile -Type CUSTOM @Connection", "ParameterArgumentValidationError"),
            ["Chat_without_any_model"] = new Case("Enter-BedrockChat @Connection", "BedrockPS.InvalidInput"),
            ["Catalog_unknown_model_id"] = new Case("Get-BedrockModel -ModelId acme.nothing-v1:0 @Connection", "BedrockPS.ModelNotFound", requests: 1),
            // sessions
            ["Session_temperature_out_of_range"] = new Case("New-BedrockSession -ModelId $Model -Temperature 1.5", "ParameterArgumentValidationError"),
            ["Session_import_missing_file"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'nowhere.json')", "BedrockPS.FileNotFound"),
            ["Session_import_truncated_file"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'truncated-session.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_import_future_version"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'future-session.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_import_hostile_roles"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'hostile-roles.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_import_hostile_types"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'hostile-types.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_import_hostile_nesting"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'hostile-nesting.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_import_not_json"] = new Case("Import-BedrockSession -Path (Join-Path $Dir 'not-json.json')", "BedrockPS.SessionFileInvalid"),
            ["Session_export_over_existing_file_without_force"] = new Case("New-BedrockSession -ModelId $Model | Export-BedrockSession -Path (Join-Path $Dir 'existing.json')", "BedrockPS.FileExists"),
            ["Session_export_of_wrong_type"] = new Case("Export-BedrockSession -Session 'not a session' -Path (Join-Path $Dir 'x.json')", "CannotConvertArgumentNoMessage"),
            // tools and configuration
            ["Tool_schema_not_json"] = new Case("New-BedrockTool -Name lookup -Description d -InputSchema '{broken'", "BedrockPS.InvalidInput"),
            ["Tool_name_with_illegal_characters"] = new Case("New-BedrockTool -Name 'look up!' -Description d -InputSchema @{ type = 'object' }", "BedrockPS.InvalidInput"),
            ["Configuration_zero_attempts"] = new Case("Set-BedrockConfiguration -MaxAttempts 0", "ParameterArgumentValidationError"),
            ["Configuration_unknown_retry_mode"] = new Case("Set-BedrockConfiguration -RetryMode reckless", "ParameterArgumentValidationError"),
            ["Emulator_port_out_of_range"] = new Case("Start-BedrockEmulator -Port 70000", "ParameterArgumentValidationError"),
            ["Emulator_scenario_missing"] = new Case("Start-BedrockEmulator -Scenario (Join-Path $Dir 'nowhere.json')", "BedrockPS.FileNotFound"),
            // preflight and application inference profiles
            ["Access_model_id_with_spaces"] = new Case("Test-BedrockModelAccess 'amazon nova lite' @Connection", "BedrockPS.InvalidInput"),
            ["Profile_new_name_with_illegal_characters"] = new Case("New-BedrockInferenceProfile -Name 'bad name!' -CopyFrom amazon.nova-lite-v1:0 @Connection", "BedrockPS.InvalidInput"),
            ["Profile_remove_empty_id"] = new Case("Remove-BedrockInferenceProfile -InferenceProfileId '' -Confirm:$false @Connection", "ParameterArgumentValidationError"),
            // batch inference
            ["Batch_start_output_not_an_s3_uri"] = new Case(
                "1..3 | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri https://batch-bucket/x -RoleArn arn:aws:iam::123456789012:role/BedrockBatch @Connection", "BedrockPS.InvalidInput"),
            ["Batch_get_malformed_job_id"] = new Case("Get-BedrockBatchJob 'NOT-A-JOB' @Connection", "BedrockPS.InvalidBatchJobId"),
            ["Batch_wait_malformed_job_id"] = new Case("Wait-BedrockBatchJob 'NOT-A-JOB' @Connection", "BedrockPS.InvalidBatchJobId"),
            ["Batch_stop_malformed_job_id"] = new Case("Stop-BedrockBatchJob 'NOT-A-JOB' -Confirm:$false @Connection", "BedrockPS.InvalidBatchJobId"),
            ["Batch_receive_malformed_job_id"] = new Case("Receive-BedrockBatchJob 'NOT-A-JOB' @Connection", "BedrockPS.InvalidBatchJobId"),
        };

        public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(name => new object[] { name });

        [Fact]
        public void Every_cmdlet_that_calls_Bedrock_has_a_bad_input_refused_before_sending()
        {
            // Anchored in the module, not in this list: a new cmdlet that talks to Bedrock needs its refusal case here.
            var callers = typeof(ConverseResult).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(global::BedrockPS.Infrastructure.BedrockCmdlet).IsAssignableFrom(t))
                .Select(t => t.GetCustomAttribute<CmdletAttribute>()!)
                .Select(a => a.VerbName + "-" + a.NounName)
                .ToList();
            Assert.NotEmpty(callers);
            var uncovered = callers.Where(name => !Cases.Values.Any(c => c.Requests == 0 && c.Script.Contains(name + " "))).ToList();
            Assert.True(uncovered.Count == 0, "no bad input refused before sending for: " + string.Join(", ", uncovered));
        }

        [Fact]
        public void Expired_session_token_gives_its_own_error_and_is_not_retried()
        {
            byte[] body = System.Text.Encoding.UTF8.GetBytes("{\"message\":\"The security token included in the request is expired\"}");
            using var server = new RawResponseServer(() => RawResponseServer.Http(
                "HTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-RequestId: exp-1\nx-amzn-ErrorType: ExpiredTokenException\nContent-Length: " + body.Length + "\nConnection: close", body));
            _fixture.Host.Set("Expired", new Amazon.Runtime.SessionAWSCredentials("ASIAEXPIRED000000000", "secret", "old-token"));

            ScriptOutcome outcome = _fixture.Host.Run($"Invoke-BedrockConverse -ModelId $Model -Message hi -EndpointUrl '{server.EndpointUrl}' -Region us-east-1 -Credential $Expired");

            outcome.SingleModuleError("BedrockPS.ExpiredToken");
            Assert.Equal(1, server.RequestCount);
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Bad_input_gives_one_error_with_its_id(string name)
        {
            Case bad = Cases[name];
            long before = _fixture.Host.Emulator.RequestCount;

            ScriptOutcome outcome = _fixture.Host.Run(bad.Script + " -ErrorAction Continue");

            var errors = outcome.Errors.ToList();
            if (outcome.Terminating is IContainsErrorRecord terminating) errors.Add(terminating.ErrorRecord);
            Assert.Equal(bad.Errors, errors.Count);
            foreach (ErrorRecord error in errors)
            {
                Assert.StartsWith(bad.ErrorId + ",", error.FullyQualifiedErrorId + ",");
                if (bad.ErrorId.StartsWith("BedrockPS.", StringComparison.Ordinal))
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.ErrorDetails?.Message ?? error.Exception.Message), "the error says what is wrong");
                }
            }
            Assert.Empty(outcome.Output.OfType<ConverseResult>());
            Assert.Equal(bad.Requests, _fixture.Host.Emulator.RequestCount - before);
        }
    }
}
