using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary>Command-line settings for a bot that polls one loopback feed quickly and watches for Russian denials.</summary>
internal static class BotArguments
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static List<string> For(Uri feedUrl, string? connectionString, string schedulerName = "bot")
    {
        List<string> arguments =
        [
            "--Bot:Sources:0:Name=loopback",
            $"--Bot:Sources:0:Url={feedUrl}",
            "--Bot:Sources:0:Interval=00:00:01",
            "--Bot:Polling:MinInterval=00:00:01",
            "--Bot:Http:AllowedNetworks:0=127.0.0.0/8",
            "--Bot:Http:PerHostDelay=00:00:00",
            "--Bot:Scheduling:DueCheckInterval=00:00:01",
            "--Bot:Rules:0:Name=Russia denial",
            "--Bot:Rules:0:Preset=russia-denial",
            "--Bot:Scheduling:DeliveryInterval=00:00:01",
            "--Bot:Scheduling:ClusterCheckinInterval=00:00:02",
            $"--Bot:Scheduling:SchedulerName={schedulerName}",
        ];
        if (connectionString is not null)
        {
            arguments.Add($"--ConnectionStrings:Postgres={connectionString}");
        }

        return arguments;
    }

    public static RssFeed.Item Denial(string id) =>
        new(id, $"Kremlin denies hacking claims ({id})", "Moscow rejected the accusation. The Kremlin called the claims absurd.", $"https://example.com/{id}", new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    public static RssFeed.Item Unrelated(string id) =>
        new(id, $"Weather report ({id})", "Sunny all week.", $"https://example.com/{id}", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
}
