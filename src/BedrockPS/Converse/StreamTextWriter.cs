using System;
using System.Management.Automation;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;

namespace BedrockPS.Converse
{
    /// <summary>
    /// Sends each streamed text delta to the Information stream the moment it arrives, as a host message without
    /// a newline (so the console prints the answer inline, like Write-Host -NoNewline), tagged so scripts can
    /// pick the deltas out of -InformationVariable.
    /// </summary>
    internal sealed class StreamTextWriter
    {
        public const string StreamTag = "BedrockPS.Stream";

        // PSHOST makes the console show the record even when $InformationPreference is SilentlyContinue, as Write-Host does.
        private static readonly string[] Tags = { "PSHOST", StreamTag };

        private readonly Action<object, string[]> _writeInformation;
        private readonly PipelinePump _pump;
        private bool _wroteText;

        /// <param name="writeInformation">The cmdlet's WriteInformation; called on the pipeline thread only.</param>
        /// <param name="pump">The invocation's pump, which carries each piece of text to the pipeline thread.</param>
        public StreamTextWriter(Action<object, string[]> writeInformation, PipelinePump pump)
        {
            _writeInformation = writeInformation;
            _pump = pump;
        }

        /// <summary>Also show tool input as it streams (the data of a schema sent as a tool).</summary>
        public bool ShowToolInput { get; set; }

        /// <summary>Called on the stream's thread for every event.</summary>
        public void OnEvent(ConverseStreamEvent streamEvent)
        {
            // A schema sent as a tool arrives as the tool's input: show that JSON as it is written, like text.
            string? delta = streamEvent.TextDelta ?? (ShowToolInput ? streamEvent.ContentBlockDelta?.Delta?.ToolUse?.Input : null);
            if (string.IsNullOrEmpty(delta)) return;
            _pump.Post(() =>
            {
                _wroteText = true;
                _writeInformation(new HostInformationMessage { Message = delta!, NoNewLine = true }, Tags);
            });
        }

        /// <summary>Ends the streamed line so what follows starts on its own line. Pipeline thread only.</summary>
        public void Finish()
        {
            if (!_wroteText) return;
            _wroteText = false;
            _writeInformation(new HostInformationMessage { Message = string.Empty, NoNewLine = false }, Tags);
        }
    }
}
