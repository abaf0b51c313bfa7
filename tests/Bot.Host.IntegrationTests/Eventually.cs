namespace Bot.Host.IntegrationTests;

/// <summary>How the tests wait for a running bot: a probe polled every 100 ms until it yields a value, within <see cref="BotArguments.Patience"/>.</summary>
internal static class Eventually
{
    public static Task<T> WaitForAsync<T>(Func<T?> probe) => WaitForAsync(() => Task.FromResult(probe()));

    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(BotArguments.Patience);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
