using System;
using System.Globalization;

namespace BedrockPS.Emulator.Host
{
    /// <summary>Command-line options of the standalone emulator.</summary>
    internal sealed class HostArguments
    {
        public const string Usage =
            "Usage: BedrockPS.Emulator.Host [--port N] [--region R] [--scenario file.json] [--stream-delay-ms N] [--latency-ms N]\n" +
            "                               [--fault KIND[:N]] [--throttle-above-rps N] [--disable-model ID]...\n" +
            "                               [--model-availability ID=NotAuthorized,NotEntitled,NotInRegion,AgreementPending,...]...\n" +
            "                               [--key-pair ACCESS:SECRET[:TOKEN]]... [--api-key KEY]... [--exit-on-stdin-close]\n" +
            "                               [--lifecycle-date YYYY-MM-DD] [--inactive-legacy-model ID|*]...\n" +
            "                               [--flex-latency-ms N] [--flex-throttle-every N]\n" +
            "                               [--batch-step-ms N] [--batch-min-records N] [--s3-port N]\n" +
            "                               [--external-s3 URL --external-s3-key ACCESS:SECRET]";

        public EmulatorOptions Options { get; } = new EmulatorOptions();
        public bool ExitOnStdinClose { get; private set; }

        public static HostArguments Parse(string[] args)
        {
            var parsed = new HostArguments();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(name + " needs a value.");
                switch (name)
                {
                    case "--port": parsed.Options.Port = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--region": parsed.Options.Region = Value(); break;
                    case "--scenario": parsed.Options.ScenarioPath = Value(); break;
                    case "--stream-delay-ms": parsed.Options.StreamDelay = TimeSpan.FromMilliseconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                    case "--latency-ms": parsed.Options.Latency = TimeSpan.FromMilliseconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                    case "--fault":
                        var faults = FaultSettings.FromText(Value());
                        faults.ThrottleAboveRequestsPerSecond = parsed.Options.Faults?.ThrottleAboveRequestsPerSecond ?? 0;
                        parsed.Options.Faults = faults;
                        break;
                    case "--throttle-above-rps":
                        parsed.Options.Faults ??= new FaultSettings();
                        parsed.Options.Faults.ThrottleAboveRequestsPerSecond = double.Parse(Value(), CultureInfo.InvariantCulture);
                        break;
                    case "--disable-model": parsed.Options.DisabledModels.Add(Value()); break;
                    case "--lifecycle-date":
                        parsed.Options.LifecycleDate = DateTimeOffset.Parse(Value(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                        break;
                    case "--inactive-legacy-model": parsed.Options.InactiveLegacyModels.Add(Value()); break;
                    case "--model-availability":
                        string[] entry = Value().Split(new[] { '=' }, 2);
                        if (entry.Length != 2 || entry[0].Length == 0)
                        {
                            throw new ArgumentException("--model-availability needs MODEL_ID=CONDITION[,CONDITION...].");
                        }
                        parsed.Options.ModelAvailability[entry[0]] = ModelAvailability.Parse(entry[1]);
                        break;
                    case "--key-pair":
                        string[] parts = Value().Split(new[] { ':' }, 3);
                        if (parts.Length < 2)
                        {
                            throw new ArgumentException("--key-pair needs ACCESS_KEY_ID:SECRET_KEY[:SESSION_TOKEN].");
                        }
                        parsed.Options.ExtraKeyPairs.Add(new EmulatorKeyPair(parts[0], parts[1], parts.Length == 3 ? parts[2] : null));
                        break;
                    case "--api-key": parsed.Options.ExtraApiKeys.Add(Value()); break;
                    case "--batch-step-ms": Batch(parsed).StepDelay = TimeSpan.FromMilliseconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                    case "--batch-min-records": Batch(parsed).MinimumRecordsPerJob = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--s3-port": Batch(parsed).S3Port = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--external-s3": Batch(parsed).ExternalS3Endpoint = new Uri(Value()); break;
                    case "--external-s3-key":
                        string[] key = Value().Split(new[] { ':' }, 2);
                        if (key.Length < 2)
                        {
                            throw new ArgumentException("--external-s3-key needs ACCESS_KEY_ID:SECRET_KEY.");
                        }
                        Batch(parsed).ExternalS3AccessKeyId = key[0];
                        Batch(parsed).ExternalS3SecretAccessKey = key[1];
                        break;
                    case "--exit-on-stdin-close": parsed.ExitOnStdinClose = true; break;
                    case "--flex-latency-ms": parsed.Options.FlexLatency = TimeSpan.FromMilliseconds(int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                    case "--flex-throttle-every": parsed.Options.FlexThrottleEveryNth = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--help":
                    case "-h":
                        throw new ArgumentException(Usage);
                    default:
                        throw new ArgumentException("Unknown argument '" + name + "'.\n" + Usage);
                }
            }
            return parsed;
        }

        private static BatchSettings Batch(HostArguments parsed) => parsed.Options.Batch ??= new BatchSettings();
    }
}
