using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace BedrockPS.Emulator.Host
{
    /// <summary>
    /// Runs the emulator until Ctrl+C / SIGTERM (or until standard input closes, with --exit-on-stdin-close, so a
    /// test runner that dies takes the emulator with it). The first stdout line is "Listening on http://127.0.0.1:PORT".
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            HostArguments parsed;
            try
            {
                parsed = HostArguments.Parse(args);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FormatException)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            // Not disposed: signal handlers may still fire while the process shuts down.
            var stop = new ManualResetEventSlim();
            using var emulator = BedrockEmulator.Start(parsed.Options);
            Console.Out.WriteLine("Listening on " + emulator.EndpointUrl);
            Console.Out.WriteLine("Region " + emulator.Region + "; access key " + emulator.AccessKeyId + "; secret key " + emulator.SecretAccessKey
                + "; API key " + emulator.ApiKey + " (built-in fake credentials)");
            Console.Out.WriteLine("S3 endpoint " + emulator.S3EndpointUrl);
            Console.Out.Flush();

            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Set();
            });
            if (parsed.ExitOnStdinClose)
            {
                Task.Run(() =>
                {
                    while (Console.In.ReadLine() != null)
                    {
                    }
                    stop.Set();
                });
            }
            stop.Wait();
            emulator.Stop();
            return 0;
        }
    }
}
