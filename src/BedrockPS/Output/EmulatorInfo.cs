using System.Management.Automation;
using BedrockPS.Emulator;

namespace BedrockPS
{
    /// <summary>
    /// A local Bedrock emulator started by Start-BedrockEmulator. Its EndpointUrl, Region, Credential and
    /// DefaultModelId bind by name to Set-BedrockConfiguration, so piping it there points the module at it.
    /// IsRunning and RequestCount are read live.
    /// </summary>
    public sealed class EmulatorInfo
    {
        /// <summary>A model the emulator serves on demand by its bare id.</summary>
        public const string EmulatorDefaultModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0";

        internal EmulatorInfo(BedrockEmulator emulator, string? scenarioPath)
        {
            Emulator = emulator;
            EndpointUrl = emulator.EndpointUrl;
            Region = emulator.Region;
            Port = emulator.Port;
            AccessKeyId = emulator.AccessKeyId;
            // The emulator's keys are published fakes that open nothing but this local server.
            Credential = new PSCredential(emulator.AccessKeyId, Infrastructure.SecureStrings.FromPlainText(emulator.SecretAccessKey));
            ScenarioPath = scenarioPath;
        }

        /// <summary>The emulator's URL for the runtime and control plane; binds to Set-BedrockConfiguration -EndpointUrl.</summary>
        public string EndpointUrl { get; }

        /// <summary>The region the emulator answers for; requests must be signed for it.</summary>
        public string Region { get; }

        /// <summary>The loopback port the emulator listens on; Stop-BedrockEmulator -Port takes it.</summary>
        public int Port { get; }

        /// <summary>The emulator's access key pair: access key id as user name, secret access key as password.</summary>
        public PSCredential Credential { get; }

        /// <summary>The access key id of Credential, shown without the secret.</summary>
        public string AccessKeyId { get; }

        /// <summary>A model the emulator answers by its id; binds to Set-BedrockConfiguration -DefaultModelId.</summary>
        public string DefaultModelId => EmulatorDefaultModelId;

        /// <summary>The scenario file loaded at start, or null.</summary>
        public string? ScenarioPath { get; }

        /// <summary>The emulator's S3-compatible endpoint, which the batch cmdlets use when it runs beside the configured Bedrock endpoint.</summary>
        public string S3EndpointUrl => Emulator.S3EndpointUrl;

        /// <summary>Whether the emulator still answers (read live).</summary>
        public bool IsRunning => Emulator.IsRunning;

        /// <summary>Requests received since start, refused ones included (read live).</summary>
        public long RequestCount => Emulator.RequestCount;

        internal BedrockEmulator Emulator { get; }

        /// <summary>The endpoint URL.</summary>
        public override string ToString() => EndpointUrl;
    }
}
