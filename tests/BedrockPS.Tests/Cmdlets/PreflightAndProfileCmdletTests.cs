using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Emulator;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>Test-BedrockModelAccess and the inference profile cmdlets in a real PowerShell engine, against the emulator.</summary>
    public sealed class PreflightAndProfileCmdletTests
    {
        private const string Haiku = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
        private const string Lite = "amazon.nova-lite-v1:0";

        private static CmdletRunspace WithAvailability(string modelId, string conditions)
        {
            var options = new EmulatorOptions();
            options.ModelAvailability[modelId] = ModelAvailability.Parse(conditions);
            return new CmdletRunspace(options);
        }

        private static List<PSObject> Run(CmdletRunspace host, string script, out PowerShell ps)
        {
            ps = host.Create(script);
            return ps.Invoke().ToList();
        }

        [Theory]
        [InlineData("NotAuthorized", "NotAuthorized")]
        [InlineData("NotEntitled", "NotEntitled")]
        [InlineData("NotInRegion", "NotInRegion")]
        [InlineData("AgreementPending", "AgreementPending")]
        [InlineData("AgreementNotAvailable", "AgreementNotAvailable")]
        [InlineData("AgreementError", "AgreementError")]
        public void Preflight_reports_each_availability_reason(string condition, string code)
        {
            using var host = WithAvailability(Lite, condition);
            var output = Run(host, "Test-BedrockModelAccess '" + Lite + "' @Connection; Test-BedrockModelAccess '" + Lite + "' -Quiet @Connection", out var ps);
            using (ps)
            {
                Assert.Empty(ps.Streams.Error);
                var access = Assert.IsType<ModelAccess>(output[0].BaseObject);
                Assert.False(access.Usable);
                Assert.Equal(new[] { code }, access.ReasonCodes);
                Assert.Equal(host.Emulator.Region, access.Region);
                Assert.False((bool)output[1].BaseObject);
            }
        }

        [Fact]
        public void Preflight_of_a_usable_profile_reads_the_model_behind_it()
        {
            using var host = new CmdletRunspace();
            var output = Run(host, "Test-BedrockModelAccess '" + Haiku + "' @Connection", out var ps);
            using (ps)
            {
                var access = Assert.IsType<ModelAccess>(Assert.Single(output).BaseObject);
                Assert.True(access.Usable);
                Assert.Empty(access.Reasons);
                Assert.Equal(Haiku, access.ModelId);
                Assert.Equal("anthropic.claude-haiku-4-5-20251001-v1:0", access.FoundationModelId);
                Assert.Equal("AVAILABLE", access.AgreementStatus);
                Assert.Equal("ACTIVE", access.LifecycleStatus);
                Assert.Equal(3, host.Emulator.RequestCount);
            }
        }

        [Fact]
        public void Profiles_are_created_with_tags_listed_routed_to_and_removed()
        {
            using var host = new CmdletRunspace();
            var output = Run(host,
                "$p = New-BedrockInferenceProfile -Name hosted-test -CopyFrom '" + Haiku + "' -Tag @{ pipeline = 'hosted'; run = 7 } @Connection; " +
                "$p; Get-BedrockInferenceProfile -Type APPLICATION @Connection; " +
                "$p | Invoke-BedrockConverse -Message 'one' @Connection; Invoke-BedrockConverse -ModelId $p.InferenceProfileId -Message 'two' @Connection; " +
                "Get-BedrockUsage -ModelId $p.InferenceProfileArn; " +
                "$p | Remove-BedrockInferenceProfile -Confirm:$false @Connection; @(Get-BedrockInferenceProfile -Type APPLICATION @Connection).Count",
                out var ps);
            using (ps)
            {
                Assert.Empty(ps.Streams.Error);
                var created = Assert.IsType<InferenceProfileInfo>(output[0].BaseObject);
                Assert.Equal("APPLICATION", created.Type);
                Assert.Equal("hosted", created.Tags["pipeline"]);
                Assert.Equal("7", created.Tags["run"]);
                Assert.Equal(created.InferenceProfileArn, created.ModelId);
                var listed = Assert.IsType<InferenceProfileInfo>(output[1].BaseObject);
                Assert.Equal(created.InferenceProfileArn, listed.InferenceProfileArn);
                Assert.Equal(2, listed.Tags.Count);
                var byArn = Assert.IsType<ConverseResult>(output[2].BaseObject);
                var byId = Assert.IsType<ConverseResult>(output[3].BaseObject);
                Assert.Equal(created.InferenceProfileArn, byArn.ModelId);
                Assert.Equal(created.InferenceProfileId, byId.ModelId);
                var usage = Assert.IsType<UsageRecord>(output[4].BaseObject);
                Assert.Equal(1, usage.Calls);
                Assert.Equal(byArn.InputTokens, usage.InputTokens);
                Assert.Equal(0, (int)output[5].BaseObject);
            }
        }

        [Fact]
        public void WhatIf_sends_nothing_and_Remove_asks_first()
        {
            using var host = new CmdletRunspace();
            var output = Run(host,
                "New-BedrockInferenceProfile -Name dry -CopyFrom '" + Lite + "' -WhatIf @Connection; " +
                "Remove-BedrockInferenceProfile abcdefghij12 -WhatIf @Connection",
                out var ps);
            using (ps)
            {
                Assert.Empty(output);
                Assert.Empty(ps.Streams.Error);
                Assert.Equal(0, host.Emulator.RequestCount);
            }
            var attribute = (CmdletAttribute)typeof(global::BedrockPS.Cmdlets.RemoveBedrockInferenceProfileCommand)
                .GetCustomAttributes(typeof(CmdletAttribute), false).Single();
            Assert.Equal(ConfirmImpact.High, attribute.ConfirmImpact);
            Assert.True(attribute.SupportsShouldProcess);
        }

        [Fact]
        public void A_bad_tag_is_refused_with_the_tags_as_target_before_sending()
        {
            using var host = new CmdletRunspace();
            using PowerShell ps = host.Create("New-BedrockInferenceProfile -Name ok -CopyFrom '" + Lite + "' -Tag @{ 'no!' = 'x' } @Connection");

            ps.Invoke();

            ErrorRecord error = Assert.Single(ps.Streams.Error);
            Assert.Equal("BedrockPS.InvalidInput,BedrockPS.Cmdlets.NewBedrockInferenceProfileCommand", error.FullyQualifiedErrorId);
            Assert.Contains("no!", error.ToString());
            Assert.IsType<System.Collections.Hashtable>(error.TargetObject);
            Assert.Equal(0, host.Emulator.RequestCount);
        }
    }
}
