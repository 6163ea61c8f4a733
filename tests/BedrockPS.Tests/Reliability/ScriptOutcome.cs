using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using BedrockPS.Core;
using Xunit;

namespace BedrockPS.Tests.Reliability
{
    /// <summary>Everything one script run produced: output, every stream, a terminating error.</summary>
    internal sealed class ScriptOutcome
    {
        public ScriptOutcome(IEnumerable<PSObject> output, PSDataStreams streams, Exception? terminating)
        {
            Output = output.Select(o => o?.BaseObject).ToList();
            Errors = streams.Error.ToList();
            Warnings = streams.Warning.Select(w => w.Message).ToList();
            Verbose = streams.Verbose.Select(v => v.Message).ToList();
            Debug = streams.Debug.Select(d => d.Message).ToList();
            Information = streams.Information.ToList();
            Terminating = terminating;
        }

        public List<object?> Output { get; }

        public List<ErrorRecord> Errors { get; }

        public List<string> Warnings { get; }

        public List<string> Verbose { get; }

        public List<string> Debug { get; }

        public List<InformationRecord> Information { get; }

        public Exception? Terminating { get; }

        /// <summary>The text the stream showed: every delta written to the Information stream, joined.</summary>
        public string StreamedText => string.Concat(Information
            .Where(i => i.Tags.Contains("BedrockPS.Stream"))
            .Select(i => i.MessageData is HostInformationMessage m ? m.Message : i.MessageData?.ToString()));

        /// <summary>Asserts the script ran to its end and wrote exactly one object, of type T, and returns it.</summary>
        public T Single<T>()
        {
            Assert.Null(Terminating);
            return Assert.IsType<T>(Assert.Single(Output));
        }

        /// <summary>
        /// Asserts the user saw exactly one error, with the module's id and exception type (no raw .NET exception),
        /// and returns it.
        /// </summary>
        public ErrorRecord SingleModuleError(string expectedErrorId)
        {
            Assert.Null(Terminating);
            ErrorRecord error = Assert.Single(Errors);
            Assert.StartsWith(expectedErrorId + ",", error.FullyQualifiedErrorId + ",");
            Assert.IsAssignableFrom<BedrockServiceException>(error.Exception);
            Assert.False(string.IsNullOrWhiteSpace(error.ErrorDetails?.Message), "the error says what happened and what to do");
            return error;
        }
    }
}
