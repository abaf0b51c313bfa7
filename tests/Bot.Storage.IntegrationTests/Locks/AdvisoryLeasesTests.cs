using Bot.Storage.Locks;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Locks;

public sealed class AdvisoryLeasesTests(PostgresDatabase database) : StorageTestBase(database)
{
    private AdvisoryLeases Leases => Services.GetRequiredService<AdvisoryLeases>();

    [Fact]
    public async Task AcquireAsync_Held_SecondWaitsUntilTheFirstIsReleased()
    {
        var token = TestContext.Current.CancellationToken;
        var first = await Leases.AcquireAsync(101, "test", token);

        var second = Leases.AcquireAsync(101, "test", token);
        await Task.Delay(500, token);
        second.IsCompleted.ShouldBeFalse();
        var other = await Leases.AcquireAsync(102, "other key", token);

        await first.DisposeAsync();
        await using var taken = await second.WaitAsync(AdvisoryLeases.RetryInterval * 3, token);
        taken.Lost.IsCancellationRequested.ShouldBeFalse();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task Lost_ConnectionKilled_FiresAndTheLockIsFree()
    {
        var token = TestContext.Current.CancellationToken;
        await using var lease = await Leases.AcquireAsync(201, "test", token);

        await using (var dataSource = Database.CreateDataSource())
        {
            // The server drops the holder's connection, as it does when the holder's machine vanishes.
            await dataSource.CreateCommand("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """).ExecuteNonQueryAsync(token);
        }

        await Task.Delay(AdvisoryLeases.CheckInterval * 3, lease.Lost).ContinueWith(_ => { }, TaskScheduler.Default);
        lease.Lost.IsCancellationRequested.ShouldBeTrue();
        await using var again = await Leases.AcquireAsync(201, "test", token).WaitAsync(TimeSpan.FromSeconds(10), token);
    }
}
