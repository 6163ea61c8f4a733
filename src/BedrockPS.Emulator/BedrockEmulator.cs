using System;
using System.Globalization;
using BedrockPS.Emulator.Http;
using BedrockPS.Emulator.Operations;

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
        private int _port;

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
            }
        }

        /// <summary>Closes the listener and every open connection. Safe to call twice.</summary>
        public void Stop()
        {
            HttpServer? server;
            lock (_gate)
            {
                server = _server;
                _server = null;
            }
            server?.Dispose();
        }

        public void Dispose() => Stop();

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

        public string EndpointUrl => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

        public string Region => _options.Region;
        public string AccessKeyId => _options.AccessKeyId;
        public string SecretAccessKey => _options.SecretAccessKey;
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
