using System;
using System.Threading.Tasks;
using BedrockPS.Bench.Floor.Commands;
using BedrockPS.Bench.Floor.Relay;

namespace BedrockPS.Bench.Floor
{
    /// <summary>
    /// BedrockPS.Bench.Floor converse --endpoint URL --model ID [--count 1000] [--warmup 50]
    ///     credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION; prints {"requests","failed","elapsedMs"}.
    /// BedrockPS.Bench.Floor stream --endpoint URL --model ID --prompt TEXT
    ///     one streamed answer accumulated into one string; prints its peak memory growth.
    /// BedrockPS.Bench.Floor relay --upstream URL
    ///     prints "Listening on URL", forwards to the upstream, and when standard input closes prints the send stamps.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            try
            {
                string command = args.Length > 0 ? args[0] : string.Empty;
                var arguments = new FloorArguments(args, 1);
                switch (command)
                {
                    case "converse":
                        return await new ConverseFloorCommand(arguments).RunAsync().ConfigureAwait(false);
                    case "stream":
                        return await new StreamFloorCommand(arguments).RunAsync().ConfigureAwait(false);
                    case "relay":
                        return await new StampingRelayCommand(arguments).RunAsync().ConfigureAwait(false);
                    default:
                        Console.Error.WriteLine("Usage: BedrockPS.Bench.Floor converse|stream|relay --name value ...");
                        return 2;
                }
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }
        }
    }
}
