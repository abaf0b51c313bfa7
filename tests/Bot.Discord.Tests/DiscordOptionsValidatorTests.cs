namespace Bot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private static DiscordOptions Valid() => new() { Token = "abc.def.ghi" };

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        new DiscordOptionsValidator().Validate(null, Valid()).Succeeded.ShouldBeTrue();
    }

    public static TheoryData<string, Action<DiscordOptions>> Broken => new()
    {
        { "Discord:Token", o => o.Token = "" },
        { "Discord:Token", o => o.Token = "Bot abc.def" },
        { "Discord:ApiBaseUrl", o => o.ApiBaseUrl = new Uri("ftp://example.org/") },
        { "Discord:GuildIds", o => o.GuildIds.Add(0) },
        { "Discord:ShardId", o => o.ShardId = 1 },
        { "Discord:ShardCount", o => o.ShardCount = 0 },
        { "Discord:GlobalRequestsPerSecond", o => o.GlobalRequestsPerSecond = 51 },
        { "Discord:InvalidRequestLimit", o => o.InvalidRequestLimit = 10_000 },
        { "Discord:InvalidRequestSlowDownThreshold", o => o.InvalidRequestSlowDownThreshold = 6000 },
        { "Discord:InteractionDeferAfter", o => o.InteractionDeferAfter = TimeSpan.FromSeconds(3) },
        { "Discord:ReconnectMaxDelay", o => o.ReconnectMaxDelay = TimeSpan.Zero },
        { "Discord:MaxConcurrentHandlers", o => o.MaxConcurrentHandlers = 0 },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenSetting_FailsNamingIt(string key, Action<DiscordOptions> breakIt)
    {
        var options = Valid();
        breakIt(options);

        var result = new DiscordOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(key);
    }

    [Fact]
    public void ToString_WithToken_NeverShowsIt()
    {
        Valid().ToString().ShouldNotContain("abc.def.ghi");
    }
}
