using Bot.Host.Cli;

return await BotCommandLine.Create().Parse(args).InvokeAsync(BotCommandLine.InvocationConfiguration);
