using System;
using System.Net;
using System.Net.Http;

namespace BedrockPS.Core.Transport
{
    /// <summary>Creates the one HttpClient a client shares across all calls (pooled keep-alive connections).</summary>
    internal static class HttpClientFactory
    {
        private const int MaxConnectionsPerServer = 512;

        public static HttpClient Create(HttpMessageHandler? handler)
        {
            var client = handler != null
                ? new HttpClient(handler, disposeHandler: false)
                : new HttpClient(CreateHandler(), disposeHandler: true);
            // Timeouts are per attempt and per stream read, enforced by the transport.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            return client;
        }

        private static HttpMessageHandler CreateHandler()
        {
            // On .NET Core / .NET 5+ this handler is backed by SocketsHttpHandler; on .NET Framework by HttpWebRequest.
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
            };
            try
            {
                handler.MaxConnectionsPerServer = MaxConnectionsPerServer;
            }
            catch (PlatformNotSupportedException)
            {
                // Older .NET Framework builds: the ServicePoint limit below applies instead.
            }
            if (IsNetFramework())
            {
                if (ServicePointManager.DefaultConnectionLimit < MaxConnectionsPerServer)
                {
                    ServicePointManager.DefaultConnectionLimit = MaxConnectionsPerServer;
                }
            }
            return handler;
        }

        private static bool IsNetFramework()
        {
            return System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        }
    }
}
