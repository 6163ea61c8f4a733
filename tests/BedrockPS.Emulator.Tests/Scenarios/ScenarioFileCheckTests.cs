using System;
using Xunit;

namespace BedrockPS.Emulator.Tests.Scenarios
{
    /// <summary>
    /// Scenario files that crashed the loader with a NullReferenceException, or loaded and then failed every matching
    /// request with the emulator's 500 "could not process" answer (a bad prompt regex, a null tool call); found by the
    /// scenario property tests; and a tool call without a name, which no model sends. Each is now refused when the
    /// file is loaded, with a message that names the rule.
    /// </summary>
    public sealed class ScenarioFileCheckTests
    {
        [Theory]
        [InlineData("{\"rules\":null}", "\"rules\" must be an array")]
        [InlineData("{\"rules\":[null]}", "Rule 1 of the scenario is null")]
        [InlineData("{\"rules\":[{\"reply\":\"ok\"},{\"prompt\":\"(\"}]}", "Rule 2: \"prompt\" is not a valid regular expression")]
        [InlineData("{\"rules\":[{\"toolUse\":[null]}]}", "Rule 1: each \"toolUse\" entry needs a \"name\"")]
        [InlineData("{\"rules\":[{\"toolUse\":[{\"input\":{}}]}]}", "Rule 1: each \"toolUse\" entry needs a \"name\"")]
        public void A_rule_that_would_break_requests_is_refused_at_load(string json, string message)
        {
            var error = Assert.Throws<FormatException>(() => Scenario.Parse(json));

            Assert.Contains(message, error.Message);
        }
    }
}
