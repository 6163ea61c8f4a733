using System;
using System.IO;
using System.Threading;
using BedrockPS.Core.Conversations.Persistence;
using BedrockPS.Core.EventStreams;
using SharpFuzz;

namespace BedrockPS.Fuzz
{
    /// <summary>
    /// One fuzzing target per run: "eventstream" (the client's event-stream frame reader) or "session" (the session
    /// file reader). The errors each reader documents for bad input are expected; any other exception is a crash for
    /// AFL to keep. With a file path after the target, runs that one input once (to replay a crash).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || (args[0] != "eventstream" && args[0] != "session"))
            {
                Console.Error.WriteLine("usage: BedrockPS.Fuzz eventstream|session [input-file]");
                return 2;
            }
            Action<Stream> target = args[0] == "eventstream" ? ReadEventStream : ReadSessionFile;
            if (args.Length > 1)
            {
                using FileStream input = File.OpenRead(args[1]);
                target(input);
                Console.WriteLine("no crash");
                return 0;
            }
            Fuzzer.OutOfProcess.Run(target);
            return 0;
        }

        private static void ReadEventStream(Stream input)
        {
            var reader = new EventStreamFrameReader(input, Timeout.InfiniteTimeSpan);
            try
            {
                while (reader.ReadNextAsync(CancellationToken.None).GetAwaiter().GetResult() != null)
                {
                }
            }
            catch (EventStreamFormatException)
            {
            }
        }

        private static void ReadSessionFile(Stream input)
        {
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            try
            {
                SessionFileReader.Read(copy.ToArray(), null, "fuzz.json");
            }
            catch (SessionFileException)
            {
            }
        }
    }
}
