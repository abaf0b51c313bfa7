using Bot.Benchmarks;
using Bot.Benchmarks.Polling;

// The polling scenario runs its feed server in a child process of this program, so the bot's CPU and memory are
// measured apart from the server's.
return args is [FeedFarm.ServeVerb, ..]
    ? await FeedFarmServer.RunAsync(args[1..], Console.In, Console.Out)
    : await BenchmarkRunner.RunAsync(args, Console.Out, Console.Error);
