using System;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Core.Lifecycle;
using BedrockPS.Emulator;
using BedrockPS.Tests.Reliability;
using Xunit;

namespace BedrockPS.Tests.Cmdlets
{
    /// <summary>
    /// Lifecycle through the cmdlets against the emulator: Get-BedrockModel's lifecycle properties, one Legacy warning per
    /// model per session, and the error ids of a retired model and of a Legacy model an idle account lost. The lifecycle
    /// registry lives for the process, so these run alone and start from an empty registry.
    /// </summary>
    [Collection(ProcessWideConfiguration.Name)]
    public sealed class ModelLifecycleCmdletTests
    {
        private const string Titan = "amazon.titan-text-express-v1";
        private const string Retired = "anthropic.claude-3-haiku-20240307-v1:0";
        private const string TitanBody = "-Body @{ inputText = 'hello' }";
        private static readonly DateTimeOffset Today = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

        private static CmdletRunspace Host(params string[] inactiveLegacy)
        {
            ModelLifecycleRegistry.Reset();
            var options = new EmulatorOptions { LifecycleDate = Today };
            foreach (string id in inactiveLegacy) options.InactiveLegacyModels.Add(id);
            return new CmdletRunspace(options);
        }

        [Fact]
        public void Get_BedrockModel_gives_the_lifecycle_status_and_its_dates()
        {
            using var host = Host();
            using PowerShell ps = host.Create($"Get-BedrockModel {Titan}, anthropic.claude-haiku-4-5-20251001-v1:0 @Connection");

            var models = ps.Invoke().Select(o => (ModelInfo)o.BaseObject).ToList();

            Assert.Empty(ps.Streams.Error);
            ModelInfo titan = models[0];
            Assert.Equal("LEGACY", titan.LifecycleStatus);
            Assert.Equal(new DateTimeOffset(2023, 11, 29, 0, 0, 0, TimeSpan.Zero), titan.StartOfLifeTime);
            Assert.Equal(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), titan.LegacyTime);
            Assert.Equal(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), titan.PublicExtendedAccessTime);
            Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), titan.EndOfLifeTime);
            ModelInfo haiku = models[1];
            Assert.Equal("ACTIVE", haiku.LifecycleStatus);
            Assert.NotNull(haiku.StartOfLifeTime);
            Assert.Null(haiku.EndOfLifeTime);
        }

        [Fact]
        public void A_legacy_model_warns_once_per_session_whichever_cmdlet_calls_it()
        {
            using var host = Host();
            using PowerShell ps = host.Create(
                "$null = Get-BedrockModel @Connection; " +
                $"$null = Invoke-BedrockModel -ModelId {Titan} {TitanBody} @Connection; " +
                $"$null = Invoke-BedrockModel -ModelId {Titan} {TitanBody} -Stream @Connection; " +
                $"$null = Measure-BedrockToken -ModelId {Titan} -Message 'count me' @Connection; " +
                $"$null = Invoke-BedrockConverse -ModelId {Titan} -Message 'hi' @Connection; " +
                "$null = Invoke-BedrockConverse -ModelId $Model -Message 'an active model' @Connection; " +
                "$null = Invoke-BedrockModel -ModelId meta.llama3-8b-instruct-v1:0 -Body @{ prompt = 'hi' } @Connection");

            ps.Invoke();

            Assert.Empty(ps.Streams.Error);
            var warnings = ps.Streams.Warning.Select(w => w.Message).ToList();
            Assert.Equal(2, warnings.Count);
            Assert.StartsWith(Titan + " (Titan Text G1 - Express) is a Legacy model: it reaches end of life on 2027-03-01", warnings[0]);
            Assert.Contains("Get-BedrockModel", warnings[0]);
            Assert.StartsWith("meta.llama3-8b-instruct-v1:0 (Llama 3 8B Instruct) is a Legacy model", warnings[1]);
        }

        [Fact]
        public void A_model_never_seen_in_a_catalog_answer_gets_no_warning_and_no_extra_request()
        {
            using var host = Host();
            using PowerShell ps = host.Create($"Invoke-BedrockModel -ModelId {Titan} {TitanBody} @Connection; Invoke-BedrockConverse -ModelId {Titan} -Message hi @Connection");

            Assert.Equal(2, ps.Invoke().Count);

            Assert.Empty(ps.Streams.Warning);
            Assert.Equal(2, host.Emulator.RequestCount);
        }

        [Theory]
        [InlineData("Invoke-BedrockModel -ModelId " + Retired + " -Body @{ anthropic_version = 'bedrock-2023-05-31'; max_tokens = 9; messages = @(@{ role = 'user'; content = 'hi' }) } @Connection")]
        [InlineData("Invoke-BedrockConverse -ModelId us." + Retired + " -Message 'hi' @Connection")]
        [InlineData("Invoke-BedrockConverse -ModelId " + Retired + " -Message 'hi' -Stream @Connection")]
        [InlineData("Measure-BedrockToken -ModelId " + Retired + " -Message 'hi' @Connection")]
        [InlineData("Get-BedrockModel -ModelId " + Retired + " @Connection")]
        public void A_retired_model_fails_with_ModelRetired_and_says_what_to_do(string script)
        {
            using var host = Host();
            using PowerShell ps = host.Create(script);

            ps.Invoke();

            ErrorRecord error = Assert.Single(ps.Streams.Error);
            Assert.StartsWith("BedrockPS.ModelRetired", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.NotNull(error.TargetObject);
            Assert.Contains("reached the end of its life", error.ErrorDetails.Message);
            Assert.Contains("Pick an active model: Get-BedrockModel", error.ErrorDetails.Message);
            Assert.Equal(1, host.Emulator.RequestCount);
        }

        [Fact]
        public void A_legacy_model_the_account_stopped_using_fails_with_ModelLegacyInactive()
        {
            using var host = Host(Titan);
            using PowerShell ps = host.Create($"Invoke-BedrockModel -ModelId {Titan} {TitanBody} @Connection; Invoke-BedrockModel -ModelId amazon.titan-text-lite-v1 {TitanBody} @Connection");

            var output = ps.Invoke();

            Assert.Single(output);
            ErrorRecord error = Assert.Single(ps.Streams.Error);
            Assert.StartsWith("BedrockPS.ModelLegacyInactive", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.Contains("marked by provider as Legacy", error.ErrorDetails.Message);
            Assert.Contains("Move to an active model", error.ErrorDetails.Message);
        }
    }
}
