using Bot.Benchmarks;

return BenchmarkRunner.Run(args, Console.Out, Console.Error);
