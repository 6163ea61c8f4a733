using System;
using System.Globalization;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Operations;
using BedrockPS.Emulator.S3;

namespace BedrockPS.Emulator
{
    /// <summary>
    /// A Bedrock-compatible server on 127.0.0.1 (runtime and control plane on one port). Start it, point a client at
    /// <see cref="EndpointUrl"/> with <see cref="AccessKeyId"/>/<see cref="SecretAccessKey"/> or <see cref="ApiKey"/>,
    /// and Dispose it when done. Thread-safe; faults, scenario and stream delay can change while it runs.
    /// </summary>
    public sealed class BedrockEmulator : IDisposable
    {
        private readonly object _gate = new object();
        private readonly EmulatorOptions _options;
        private EmulatorEngine? _engine;
        private HttpServer? _server;
        private HttpServer? _s3Server;
        private S3Endpoint? _s3Endpoint;
        private int _port;
        private int _s3Port;

        /// <summary>An emulator that will listen as <paramref name="options"/> say (the defaults when null) once started.</summary>
        public BedrockEmulator(EmulatorOptions? options = null)
        {
            _options = options ?? new EmulatorOptions();
        }

        /// <summary>Creates and starts an emulator.</summary>
        public static BedrockEmulator Start(EmulatorOptions? options)
        {
            var emulator = new BedrockEmulator(options);
            emulator.Start();
            return emulator;
        }

        /// <summary>Opens the listeners (Bedrock, and the embedded S3 endpoint unless an external one is set) and starts answering.</summary>
        /// <exception cref="InvalidOperationException">The emulator is already running.</exception>
        public void Start()
        {
            lock (_gate)
            {
                if (_server != null)
                {
                    throw new InvalidOperationException("The emulator is already running.");
                }
                var engine = new EmulatorEngine(_options);
                var limits = new HttpServerLimits(_options.IdleConnectionTimeout, _options.RequestReadTimeout, _options.MaxConnections);
                var server = new HttpServer(_options.Port, engine.HandleAsync, limits);
                server.Start();
                _engine = engine;
                _server = server;
                _port = server.Port;
                if (engine.Batch.ExternalS3Endpoint == null)
                {
                    // The embedded S3 endpoint has its own port: S3's path-style /bucket/key would collide with Bedrock's paths.
                    _s3Endpoint = new S3Endpoint(engine.Keys, _options.Region, engine.ObjectStore, engine.Batch.CreateBucketsOnWrite);
                    _s3Server = new HttpServer(engine.Batch.S3Port, _s3Endpoint.HandleAsync, limits);
                    _s3Server.Start();
                    _s3Port = _s3Server.Port;
                }
            }
        }

        /// <summary>Closes the listener and every open connection. Safe to call twice.</summary>
        public void Stop()
        {
            HttpServer? server;
            HttpServer? s3Server;
            S3Endpoint? s3Endpoint;
            EmulatorEngine? engine;
            lock (_gate)
            {
                server = _server;
                s3Server = _s3Server;
                s3Endpoint = _s3Endpoint;
                engine = _engine;
                _server = null;
                _s3Server = null;
                _s3Endpoint = null;
            }
            server?.Dispose();
            s3Server?.Dispose();
            s3Endpoint?.Dispose();
            if (server != null && engine != null)
            {
                engine.BatchJobs.Dispose();
                (engine.ObjectStore as IDisposable)?.Dispose();
            }
        }

        /// <summary>Stops the emulator, as <see cref="Stop"/> does.</summary>
        public void Dispose() => Stop();

        /// <summary>True between Start and Stop.</summary>
        public bool IsRunning
        {
            get
            {
                lock (_gate)
                {
                    return _server != null;
                }
            }
        }

        /// <summary>The port listened on; after Stop, the port it last used.</summary>
        public int Port => _port != 0 ? _port : throw new InvalidOperationException("The emulator has not been started.");

        /// <summary>The URL to point a Bedrock client at (runtime and control plane alike).</summary>
        public string EndpointUrl => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The S3-compatible endpoint batch jobs read and write (path-style, SigV4 service "s3", the same keys): the
        /// embedded one on its own loopback port, or the external endpoint the options name.
        /// </summary>
        public string S3EndpointUrl => _options.Batch?.ExternalS3Endpoint?.GetLeftPart(UriPartial.Authority)
            ?? (_s3Port != 0 ? "http://127.0.0.1:" + _s3Port.ToString(CultureInfo.InvariantCulture) : throw new InvalidOperationException("The emulator has not been started."));

        /// <summary>The current pace and quotas of batch jobs (a copy; set them through <see cref="EmulatorOptions.Batch"/>).</summary>
        public BatchSettings Batch => Engine.Batch.Clone();

        /// <summary>The region clients must sign for.</summary>
        public string Region => _options.Region;

        /// <summary>The main access key id the emulator accepts.</summary>
        public string AccessKeyId => _options.AccessKeyId;

        /// <summary>The secret of <see cref="AccessKeyId"/>; never part of <see cref="ToString"/>.</summary>
        public string SecretAccessKey => _options.SecretAccessKey;

        /// <summary>The main bearer API key the emulator accepts; never part of <see cref="ToString"/>.</summary>
        public string ApiKey => _options.ApiKey;

        /// <summary>Requests received since start, including refused ones.</summary>
        public long RequestCount => _engine?.RequestCount ?? 0;

        /// <summary>Requests answered with an error status (refused, faulted or failed), a part of <see cref="RequestCount"/>.</summary>
        public long ErrorResponseCount => _engine?.ErrorResponseCount ?? 0;

        /// <summary>Requests being handled right now; 0 once every client has been answered or has gone away.</summary>
        public long InFlightRequestCount => _engine?.InFlightCount ?? 0;

        /// <summary>A copy of the current emulator-wide faults.</summary>
        public FaultSettings Faults => Engine.Faults.Current;

        /// <summary>Replaces the emulator-wide faults at once; counters and the seeded random sequence restart.</summary>
        public void SetFaults(FaultSettings? faults) => Engine.Faults.Replace(faults ?? new FaultSettings());

        /// <summary>The scenario in force; replace it (or set null) while running.</summary>
        public Scenario? Scenario
        {
            get => Engine.Scenario;
            set => Engine.Scenario = value;
        }

        /// <summary>The pause before each streamed delta; change it while running to slow or speed up streams.</summary>
        public TimeSpan StreamDelay
        {
            get => Engine.StreamDelay;
            set => Engine.StreamDelay = value;
        }

        /// <summary>Never shows the secret key or the API key.</summary>
        public override string ToString() => IsRunning ? "BedrockEmulator " + EndpointUrl + " (" + Region + ")" : "BedrockEmulator (stopped)";

        private EmulatorEngine Engine => _engine ?? throw new InvalidOperationException("The emulator has not been started.");
    }
}
