using System.Net;
using Bot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private const ulong ChannelId = 1_200_000_000_000_000_001;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetGatewayBot_Always_ReturnsUrlAndSessionStartLimit()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.GetGatewayBotAsync(Token);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Url.ShouldBe(harness.Fake.GatewayUrl.ToString());
        result.Value.SessionStartLimit.Remaining.ShouldBe(1000);
        result.Value.SessionStartLimit.MaxConcurrency.ShouldBe(1);
    }

    [Fact]
    public async Task GetCurrentApplication_Always_ReturnsTypedId()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.GetCurrentApplicationAsync(Token);

        result.Value!.Id.ShouldBe(new Snowflake(harness.Fake.Options.ApplicationId));
    }

    [Fact]
    public async Task CreateMessage_KnownChannel_SendsBotAuthorizationAndUserAgentAndReturnsMessage()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        var embed = new Embed("Attribution", "France accuses APT28", new Uri("https://example.org/a"), Fields: [new EmbedField("Rule", "Russia")]);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("hello", [embed], AllowedMentions.None), Token);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ChannelId.Value.ShouldBe(ChannelId);
        result.Value.Content.ShouldBe("hello");
        var request = harness.Fake.Requests.Single();
        request.HadAuthorization.ShouldBeTrue();
        request.UserAgent.ShouldStartWith("DiscordBot (https://");
        var stored = harness.Fake.Messages.Single();
        stored.Body["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
        stored.Embeds![0]!["fields"]![0]!["name"]!.GetValue<string>().ShouldBe("Rule");
    }

    [Fact]
    public async Task CreateMessage_UnknownChannel_ReturnsNotFoundWithCode10003()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(42), new CreateMessageRequest("hello"), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.NotFound);
        result.Error.Code.ShouldBe(DiscordErrorCodes.UnknownChannel);
        result.Error.Status.ShouldBe(HttpStatusCode.NotFound);
        result.Error.IsPermanent.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateMessage_MissingPermission_ReturnsForbidden50013WithoutRetry()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId, canSend: false);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), CreateMessageRequest.Idempotent("n-1", "hello"), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.Forbidden);
        result.Error.Code.ShouldBe(DiscordErrorCodes.MissingPermissions);
        harness.Fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task CreateMessage_InvalidBody_ReturnsEachFieldErrorWithItsPath()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        var request = new CreateMessageRequest(new string('x', 2001), [new Embed(Title: new string('t', 257))], Nonce: new string('n', 26));

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), request, Token);

        result.Error!.Code.ShouldBe(DiscordErrorCodes.InvalidFormBody);
        result.Error.Kind.ShouldBe(DiscordErrorKind.BadRequest);
        result.Error.Errors.ShouldContain(new DiscordFieldError("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
        result.Error.Errors.Select(e => e.Path).ShouldBe(["content", "embeds.0.title", "nonce"], ignoreOrder: true);
    }

    [Fact]
    public async Task CreateMessage_NoContent_Returns50006()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);

        var result = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest(), Token);

        result.Error!.Code.ShouldBe(DiscordErrorCodes.EmptyMessage);
    }

    [Fact]
    public async Task GetChannel_KnownAndUnknown_ReturnsChannelOr10003()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId, guildId: 77);

        var known = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);
        var unknown = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId + 1), Token);

        known.Value!.GuildId.ShouldBe(new Snowflake(77));
        unknown.Error!.Code.ShouldBe(DiscordErrorCodes.UnknownChannel);
    }

    [Fact]
    public async Task StartThreadFromMessage_Twice_CreatesThreadWithMessageIdThenReturns160004()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        var message = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("alert"), Token);

        var thread = await harness.Rest.StartThreadFromMessageAsync(new Snowflake(ChannelId), message.Value!.Id, new StartThreadRequest("Evidence", 1440), Token);
        var again = await harness.Rest.StartThreadFromMessageAsync(new Snowflake(ChannelId), message.Value.Id, new StartThreadRequest("Evidence", 1440), Token);
        var inThread = await harness.Rest.CreateMessageAsync(thread.Value!.Id, new CreateMessageRequest("sentence"), Token);

        thread.Value.Id.ShouldBe(message.Value.Id);
        thread.Value.ParentId.ShouldBe(new Snowflake(ChannelId));
        thread.Value.Type.ShouldBe(11);
        again.Error!.Code.ShouldBe(DiscordErrorCodes.ThreadAlreadyCreated);
        inThread.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task StartThreadFromMessage_BadArchiveDuration_ReturnsFieldError()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.AddChannel(ChannelId);
        var message = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("alert"), Token);

        var thread = await harness.Rest.StartThreadFromMessageAsync(new Snowflake(ChannelId), message.Value!.Id, new StartThreadRequest("Evidence", 30), Token);

        thread.Error!.Errors.Single().Path.ShouldBe("auto_archive_duration");
    }

    [Fact]
    public async Task AnyCall_WrongToken_Returns401AndTokenAppearsNowhere()
    {
        const string secret = "WRONG.secret-token.zzzz";
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Token"] = secret });

        var result = await harness.Rest.GetChannelAsync(new Snowflake(ChannelId), Token);
        harness.Fake.InjectFault(Bot.TestKit.Discord.FakeFault.DropBeforeProcessing());
        var dropped = await harness.Rest.CreateMessageAsync(new Snowflake(ChannelId), new CreateMessageRequest("x"), Token);

        result.Error!.Kind.ShouldBe(DiscordErrorKind.Unauthorized);
        dropped.Error!.Kind.ShouldBe(DiscordErrorKind.Transport);
        harness.Fake.Requests.Count(r => r.Status == 401).ShouldBe(1);
        var options = harness.Provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DiscordOptions>>().Value;
        var texts = harness.Logs.Entries.Select(e => e.Message + e.Exception)
            .Concat(harness.Logs.Entries.SelectMany(e => e.State.Select(s => s.Value?.ToString())))
            .Append(result.Error.ToString()).Append(dropped.Error.ToString()).Append(options.ToString());
        harness.Logs.Entries.ShouldNotBeEmpty();
        texts.ShouldAllBe(text => text == null || !text.Contains(secret, StringComparison.Ordinal));
    }
}
