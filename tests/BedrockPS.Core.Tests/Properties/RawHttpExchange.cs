using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>
    /// Sends one request exactly as given, byte for byte, on a fresh loopback connection and reads the answer's status
    /// and error type. HttpClient would normalise the target, which would hide what is being signed.
    /// </summary>
    public static class RawHttpExchange
    {
        public static async Task<(int Status, string? ErrorType)> SendAsync(int port, byte[] request, CancellationToken cancellationToken)
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            using NetworkStream stream = client.GetStream();
            await stream.WriteAsync(request, cancellationToken);
            using var answer = new MemoryStream();
            await stream.CopyToAsync(answer, cancellationToken);
            string text = Encoding.ASCII.GetString(answer.ToArray());
            int headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            string[] lines = (headEnd < 0 ? text : text.Substring(0, headEnd)).Split("\r\n");
            string[] statusLine = lines[0].Split(' ');
            if (statusLine.Length < 2 || !int.TryParse(statusLine[1], out int status))
            {
                throw new InvalidDataException("No HTTP status line in the answer: " + lines[0]);
            }
            string? errorType = null;
            foreach (string line in lines)
            {
                if (line.StartsWith("X-Amzn-Errortype:", StringComparison.OrdinalIgnoreCase))
                {
                    errorType = line.Substring(line.IndexOf(':') + 1).Trim();
                }
            }
            return (status, errorType);
        }
    }
}
