using System.Net;
using Bot.Core.Sources;
using Bot.Feeds.Fetching;
using Bot.Feeds.Scheduling;
using Bot.Pipeline.Polling;

namespace Bot.Pipeline.Tests.Polling;

public sealed class PollRecordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 30, 0, TimeSpan.Zero);
    private static readonly StoredSource Source = new(7, new FeedSource("news", new Uri("https://example.com/feed"), TimeSpan.FromMinutes(5)));

    public static TheoryData<FetchResult, PollResultKind, int?> Faults => new()
    {
        { new FetchResult.HttpError(HttpStatusCode.NotFound), PollResultKind.HttpError, 404 },
        { new FetchResult.HttpError(HttpStatusCode.Gone), PollResultKind.HttpError, 410 },
        { new FetchResult.NetworkError("x") { Error = HttpRequestError.NameResolutionError }, PollResultKind.DnsError, null },
        { new FetchResult.NetworkError("x") { Error = HttpRequestError.ConnectionError }, PollResultKind.ConnectError, null },
        { new FetchResult.NetworkError("x") { Error = HttpRequestError.SecureConnectionError }, PollResultKind.TlsError, null },
        { new FetchResult.NetworkError("x") { Error = HttpRequestError.ResponseEnded }, PollResultKind.NetworkError, null },
        { new FetchResult.TimedOut(TimeSpan.FromSeconds(5)) { WhileConnecting = true }, PollResultKind.ConnectTimeout, null },
        { new FetchResult.TimedOut(TimeSpan.FromSeconds(30)), PollResultKind.Timeout, null },
        { new FetchResult.TooLarge(5), PollResultKind.TooLarge, null },
        { new FetchResult.Blocked("loopback"), PollResultKind.Blocked, null },
        { new FetchResult.RedirectFailed("loop", Loop: true), PollResultKind.RedirectLoop, null },
        { new FetchResult.RedirectFailed("too many", Loop: false), PollResultKind.TooManyRedirects, null },
        { new FetchResult.HostUnavailable("example.com", null), PollResultKind.HostUnavailable, null },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void For_FetchFault_StoresItsKindStatusAndBacksOff(FetchResult fault, PollResultKind kind, int? status)
    {
        var outcome = PollOutcome.Failed(PollStatus.FetchFailed, PollProblems.Describe(fault)) with { Fetch = fault };

        var record = CreateSut().For(Due(streak: 2, failingSince: Now.AddMinutes(-30)), outcome, Now);

        record.Result.ShouldBe(kind);
        record.HttpStatus.ShouldBe(status);
        record.Problem.ShouldBe(PollProblems.Describe(fault));
        record.ErrorStreak.ShouldBe(3);
        record.FailingSince.ShouldBe(Now.AddMinutes(-30));
        record.NextDueAt.ShouldBe(Now.AddMinutes(40));
        record.PauseReason.ShouldBeNull();
        record.ETag.ShouldBe("\"old\"");
    }

    [Fact]
    public void For_ParseFailure_IsAParseError()
    {
        var outcome = PollOutcome.Failed(PollStatus.ParseFailed, "not a feed") with { Fetch = Content() };

        var record = CreateSut().For(Due(), outcome, Now);

        record.Result.ShouldBe(PollResultKind.ParseError);
        record.HttpStatus.ShouldBe(200);
        record.FailingSince.ShouldBe(Now);
    }

    [Fact]
    public void For_Crash_IsAnInternalErrorThatBacksOff()
    {
        var record = CreateSut().For(Due(), PollOutcome.Failed(PollStatus.Crashed, "NpgsqlException: gone"), Now);

        record.Result.ShouldBe(PollResultKind.InternalError);
        record.ErrorStreak.ShouldBe(1);
        record.NextDueAt.ShouldBe(Now.AddMinutes(10));
    }

    [Fact]
    public void For_RetryAfter_IsHonouredOverBackoff()
    {
        var fault = new FetchResult.HttpError(HttpStatusCode.ServiceUnavailable, TimeSpan.FromHours(2));
        var outcome = PollOutcome.Failed(PollStatus.FetchFailed, "503") with { Fetch = fault };

        CreateSut().For(Due(), outcome, Now).NextDueAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void For_FailingLongerThanPauseAfter_PausesWithReason()
    {
        var fault = new FetchResult.HttpError(HttpStatusCode.NotFound);
        var outcome = PollOutcome.Failed(PollStatus.FetchFailed, PollProblems.Describe(fault)) with { Fetch = fault };

        var record = CreateSut().For(Due(streak: 40, failingSince: Now.AddHours(-25)), outcome, Now);

        record.PauseReason.ShouldNotBeNull().ShouldContain("news has failed for 25 hours (41 polls in a row)");
        record.PauseReason.ShouldContain("HTTP 404 NotFound");
        record.GuildNotice.ShouldBe(
            "Source **{source}** is paused: it has failed for 25 hours (41 polls in a row). Last problem: HTTP 404 (NotFound). "
            + "Its articles are not read until it is resumed: {resume}.");
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void For_FaultPausing_GuildNoticeNamesTheKindButNeverTheUrlOrMessage(FetchResult fault, PollResultKind kind, int? status)
    {
        var outcome = PollOutcome.Failed(PollStatus.FetchFailed, "https://user:secret@example.com/feed?key=k " + PollProblems.Describe(fault)) with { Fetch = fault };

        var record = CreateSut().For(Due(streak: 40, failingSince: Now.AddDays(-3)), outcome, Now);

        record.Result.ShouldBe(kind);
        record.GuildNotice.ShouldNotBeNull().ShouldContain("failed for 3 days");
        record.GuildNotice.ShouldContain(PollProblems.ForGuilds(kind, status));
        record.GuildNotice.ShouldNotContain("secret");
        record.GuildNotice.ShouldNotContain("example.com");
    }

    [Fact]
    public void For_FailingShorterThanPauseAfter_WritesNoGuildNotice()
    {
        var fault = new FetchResult.HttpError(HttpStatusCode.NotFound);
        var outcome = PollOutcome.Failed(PollStatus.FetchFailed, PollProblems.Describe(fault)) with { Fetch = fault };

        CreateSut().For(Due(streak: 2, failingSince: Now.AddHours(-1)), outcome, Now).GuildNotice.ShouldBeNull();
    }

    [Fact]
    public void For_Success_ClearsTheStreakAndStoresNewValidators()
    {
        var outcome = new PollOutcome(PollStatus.Polled, ItemsRead: 12) { Fetch = Content() with { Validators = new CacheValidators("\"new\"", null), MaxAge = TimeSpan.FromMinutes(30) } };

        var record = CreateSut().For(Due(streak: 5, failingSince: Now.AddHours(-3)), outcome, Now);

        record.ShouldBe(new PollRecord(Now, PollResultKind.Ok, 200, null, 12, "\"new\"", null, Now.AddMinutes(30), 0, null, null));
    }

    [Fact]
    public void For_NotModified_IsASuccessKeepingTheValidators()
    {
        var validators = new CacheValidators("\"old\"", "Fri, 20 Nov 2026 08:00:00 GMT");
        var outcome = new PollOutcome(PollStatus.NotModified) { Fetch = new FetchResult.NotModified(validators, null), Hints = FeedScheduleHints.None };

        var record = CreateSut().For(Due(streak: 1, failingSince: Now.AddMinutes(-5)), outcome, Now);

        record.ShouldBe(new PollRecord(Now, PollResultKind.NotModified, 304, null, null, "\"old\"", "Fri, 20 Nov 2026 08:00:00 GMT", Now.AddMinutes(5), 0, null, null));
    }

    private static PollRecords CreateSut() => new(PollScheduleTests.CreateSut());

    private static DueSource Due(int streak = 0, DateTimeOffset? failingSince = null) => new(Source, "\"old\"", null, streak, failingSince);

    private static FetchResult.Content Content() => new(new byte[] { 1 }, "application/rss+xml", Source.Source.Url);
}
