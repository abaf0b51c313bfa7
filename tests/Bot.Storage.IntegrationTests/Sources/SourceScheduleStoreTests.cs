using Bot.Core.Sources;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Sources;

public sealed class SourceScheduleStoreTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private ISourceScheduleStore Schedule => Services.GetRequiredService<ISourceScheduleStore>();

    private ISourceStore Sources => Services.GetRequiredService<ISourceStore>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Far from the wall clock, so rows other tests leave due "now" never interfere.
    private static DateTimeOffset Future(int minutes = 0) => new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes);

    [Fact]
    public async Task ClaimDueAsync_ClaimedSource_IsNotClaimedAgainUntilRecordedOrLeaseExpires()
    {
        var id = await AddSourceAsync("claim-once");
        await Schedule.RecordPollAsync(id, Success(Future(1), nextDue: Future(10)), Token);

        var first = await Schedule.ClaimDueAsync(Future(10), 100, Lease, Token);
        var again = await Schedule.ClaimDueAsync(Future(11), 100, Lease, Token);
        var afterLease = await Schedule.ClaimDueAsync(Future(16), 100, Lease, Token);

        first.ShouldContain(d => d.Stored.Id == id);
        again.ShouldNotContain(d => d.Stored.Id == id);
        afterLease.ShouldContain(d => d.Stored.Id == id);
    }

    [Fact]
    public async Task ClaimDueAsync_NotYetDue_IsNotClaimed()
    {
        var id = await AddSourceAsync("not-due");
        await Schedule.RecordPollAsync(id, Success(Future(), nextDue: Future(600)), Token);

        (await Schedule.ClaimDueAsync(Future(599), 100, Lease, Token)).ShouldNotContain(d => d.Stored.Id == id);
    }

    [Fact]
    public async Task RecordPollAsync_Failure_StoresHealthAndReleasesClaim()
    {
        var id = await AddSourceAsync("failing");
        var record = new PollRecord(Future(), PollResultKind.HttpError, 503, "HTTP 503 ServiceUnavailable", null, "\"e1\"", "Tue, 01 Jan 2030 00:00:00 GMT", Future(20), 3, Future(-60), null);

        await Schedule.RecordPollAsync(id, record, Token);
        var claimed = await Schedule.ClaimDueAsync(Future(20), 100, Lease, Token);

        var health = (await Sources.ListAsync(Token)).Single(s => s.Stored.Id == id).Health;
        health.ShouldBe(new SourceHealth(Future(), null, 503, PollResultKind.HttpError, "HTTP 503 ServiceUnavailable", null, 3, Future(-60), Future(20), null, null));
        var due = claimed.Single(d => d.Stored.Id == id);
        (due with { DueAt = null }).ShouldBe(new DueSource(due.Stored, "\"e1\"", "Tue, 01 Jan 2030 00:00:00 GMT", 3, Future(-60)));
        due.DueAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task RecordPollAsync_Success_KeepsItemsSeenAndSuccessTime()
    {
        var id = await AddSourceAsync("healthy");

        await Schedule.RecordPollAsync(id, Success(Future(), nextDue: Future(5)) with { ItemsSeen = 12 }, Token);
        await Schedule.RecordPollAsync(id, Success(Future(5), nextDue: Future(10)) with { Result = PollResultKind.NotModified, HttpStatus = 304 }, Token);

        var health = (await Sources.ListAsync(Token)).Single(s => s.Stored.Id == id).Health;
        health.LastResult.ShouldBe(PollResultKind.NotModified);
        health.LastSuccessAt.ShouldBe(Future(5));
        health.ItemsSeen.ShouldBe(12);
        health.ErrorStreak.ShouldBe(0);
    }

    [Fact]
    public async Task RecordPollAsync_Pause_StopsClaimsAndQueuesOneNotice()
    {
        var id = await AddSourceAsync("gone-for-good");
        var pause = new PollRecord(Future(), PollResultKind.HttpError, 410, "HTTP 410 Gone", null, null, null, Future(60), 50, Future(-1500), "Paused: gone-for-good has failed for 25 hours");

        await Schedule.RecordPollAsync(id, pause, Token);

        (await Schedule.ClaimDueAsync(Future(120), 100, Lease, Token)).ShouldNotContain(d => d.Stored.Id == id);
        var health = (await Sources.ListAsync(Token)).Single(s => s.Stored.Id == id).Health;
        health.PausedAt.ShouldBe(Future());
        health.PausedReason.ShouldBe("Paused: gone-for-good has failed for 25 hours");
        var notices = await DrainNoticesAsync();
        notices.Count(n => n.SourceName == "gone-for-good").ShouldBe(1);
        notices.Single(n => n.SourceName == "gone-for-good").ShouldSatisfyAllConditions(
            n => n.Kind.ShouldBe(SourceNotice.PausedKind),
            n => n.Message.ShouldBe("Paused: gone-for-good has failed for 25 hours"));
    }

    [Fact]
    public async Task ResumeAsync_PausedSource_IsDueAgainWithCleanStreak()
    {
        var id = await AddSourceAsync("resumable");
        await Schedule.RecordPollAsync(id, new PollRecord(Future(), PollResultKind.DnsError, null, "dns", null, null, null, Future(60), 9, Future(-1500), "Paused"), Token);

        var resumed = await Schedule.ResumeAsync("resumable", Future(1), Token);
        var claimed = await Schedule.ClaimDueAsync(Future(1), 100, Lease, Token);

        resumed.ShouldBeTrue();
        claimed.Single(d => d.Stored.Id == id).ErrorStreak.ShouldBe(0);
        var health = (await Sources.ListAsync(Token)).Single(s => s.Stored.Id == id).Health;
        health.PausedAt.ShouldBeNull();
        health.PausedReason.ShouldBeNull();
        health.FailingSince.ShouldBeNull();
    }

    [Fact]
    public async Task ResumeAsync_UnknownName_ReturnsFalse() =>
        (await Schedule.ResumeAsync("no-such-source", Future(), Token)).ShouldBeFalse();

    [Fact]
    public async Task ClaimNextAsync_HeldNotice_IsNotOfferedTwiceWithinHold()
    {
        var id = await AddSourceAsync("noticed");
        await Schedule.RecordPollAsync(id, new PollRecord(Future(), PollResultKind.Blocked, null, "blocked", null, null, null, Future(60), 9, Future(-1500), "Paused: blocked"), Token);
        var outbox = Services.GetRequiredService<ISourceNoticeOutbox>();

        var held = new List<SourceNotice>();
        while (await outbox.ClaimNextAsync(TimeSpan.FromMinutes(1), Token) is { } notice)
        {
            held.Add(notice);
        }

        held.Count(n => n.SourceName == "noticed").ShouldBe(1);
        (await outbox.ClaimNextAsync(TimeSpan.FromMinutes(1), Token)).ShouldBeNull();
    }

    private async Task<List<SourceNotice>> DrainNoticesAsync()
    {
        var outbox = Services.GetRequiredService<ISourceNoticeOutbox>();
        var notices = new List<SourceNotice>();
        while (await outbox.ClaimNextAsync(TimeSpan.FromMinutes(1), Token) is { } notice)
        {
            notices.Add(notice);
            await outbox.MarkDeliveredAsync(notice.Id, Token);
        }

        return notices;
    }

    private static PollRecord Success(DateTimeOffset at, DateTimeOffset nextDue) =>
        new(at, PollResultKind.Ok, 200, null, null, null, null, nextDue, 0, null, null);
}
