using Bot.Host.Cli;
using Bot.Host.Hosting;

var exitCode = await BotCommandLine.Create().Parse(args).InvokeAsync(BotCommandLine.InvocationConfiguration);

// A shutdown given up on leaves threads (Quartz's, retrying a vanished database) that would keep the process alive.
if (BotApplication.ShutdownAbandoned)
{
    Environment.Exit(exitCode);
}

return exitCode;
