using System;

namespace BedrockPS.Emulator.Http
{
    /// <summary>What one client may cost the server: time between requests, time to send one, and connections at once.</summary>
    internal sealed class HttpServerLimits
    {
        public HttpServerLimits(TimeSpan idleConnectionTimeout, TimeSpan requestReadTimeout, int maxConnections)
        {
            IdleConnectionTimeout = idleConnectionTimeout;
            RequestReadTimeout = requestReadTimeout;
            MaxConnections = maxConnections;
        }

        /// <summary>A connection with no request started for this long is closed without an answer.</summary>
        public TimeSpan IdleConnectionTimeout { get; }

        /// <summary>Once a request's first byte has arrived, the whole request must arrive within this; else 408.</summary>
        public TimeSpan RequestReadTimeout { get; }

        /// <summary>Connections served at once; one more is answered 503 and closed.</summary>
        public int MaxConnections { get; }
    }
}
