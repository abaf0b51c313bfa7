using System.Globalization;
using Bot.Discord.Rest;
using Bot.TestKit.Discord;

namespace Bot.Benchmarks.Freshness;

/// <summary>
/// Where the freshness scenario watches alerts arrive: the test kit's fake Discord, with Discord's documented limits,
/// one channel per feed (a rule per feed sends there), so a feed's burst of items waits only for its own channel's
/// bucket. An alert's arrival is the creation time carried in its message's snowflake, stamped by the fake when the
/// post reached it.
/// </summary>
internal sealed class FreshnessChannels : IAsyncDisposable
{
    private const ulong FirstChannel = 1_300_000_000_000_000_001;

    private readonly FakeDiscord _fake;

    private FreshnessChannels(FakeDiscord fake) => _fake = fake;

    /// <summary>What the latency is measured to, for the report.</summary>
    public static string Label => "message at the fake Discord";

    public static async Task<FreshnessChannels> StartAsync(int channels)
    {
        var fake = await FakeDiscord.StartAsync();
        for (var i = 0; i < channels; i++)
        {
            fake.AddChannel(Channel(i));
        }

        return new FreshnessChannels(fake);
    }

    /// <summary>The settings that point the bot at the fake and its rules at the channels: rule i sends <see cref="FreshnessFeeds.Marker"/>(i) to channel i.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings(int rules)
    {
        yield return new("Discord:Token", _fake.Options.Token);
        yield return new("Discord:ApiBaseUrl", _fake.ApiBaseUrl.AbsoluteUri);
        for (var i = 0; i < rules; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"Bot:Rules:{i}");
            yield return new(key + ":Name", string.Create(CultureInfo.InvariantCulture, $"freshness {i}"));
            yield return new(key + ":Query", FreshnessFeeds.Marker(i));
            yield return new(key + ":Channel", Channel(i).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>When each link's first message reached the fake, by link.</summary>
    public Dictionary<string, DateTimeOffset> Arrivals()
    {
        var arrivals = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var message in _fake.Messages)
        {
            if (message.Embeds is [{ } embed, ..] && embed["url"]?.GetValue<string>() is { } link)
            {
                var at = new Snowflake(message.Id).Timestamp;
                if (!arrivals.TryGetValue(link, out var first) || at < first)
                {
                    arrivals[link] = at;
                }
            }
        }

        return arrivals;
    }

    /// <summary>Messages posted, duplicates included.</summary>
    public int Messages => _fake.Messages.Count;

    public ValueTask DisposeAsync() => _fake.DisposeAsync();

    private static ulong Channel(int i) => FirstChannel + (ulong)i;
}
