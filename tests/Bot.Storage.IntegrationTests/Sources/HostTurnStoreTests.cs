using Bot.Storage.Sources;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Storage.IntegrationTests.Sources;

public sealed class HostTurnStoreTests(PostgresDatabase database) : StorageTestBase(database)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task BookAsync_TwoReplicasBookOneHostAtOnce_EveryStartAWholeSpacingAfterTheLast()
    {
        var token = TestContext.Current.CancellationToken;
        var host = "turns-" + Guid.NewGuid().ToString("N") + ".example";
        // Two data sources and stores, as two replicas have, on one database.
        await using var first = Database.CreateDataSource();
        await using var second = Database.CreateDataSource();
        var replicas = new[] { new HostTurnStore(first), new HostTurnStore(second) };

        var waits = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => replicas[i % 2].BookAsync(host, Spacing, token)));

        // Booked one after another on the database's clock: the k-th start waits k spacings, less the moments that
        // passed between the bookings (well under the tolerance).
        var sorted = waits.Order().ToArray();
        for (var k = 0; k < sorted.Length; k++)
        {
            sorted[k].ShouldBeInRange(Spacing * k - TimeSpan.FromSeconds(10), Spacing * k);
        }
    }

    [Fact]
    public async Task BookAsync_OtherHost_NotHeldUpByTheFirstHostsTurns()
    {
        var token = TestContext.Current.CancellationToken;
        var store = Services.GetRequiredService<HostTurnStore>();
        var busy = "busy-" + Guid.NewGuid().ToString("N") + ".example";
        await store.BookAsync(busy, Spacing, token);
        (await store.BookAsync(busy, Spacing, token)).ShouldBeGreaterThan(TimeSpan.FromSeconds(50));

        var other = await store.BookAsync("idle-" + Guid.NewGuid().ToString("N") + ".example", Spacing, token);

        other.ShouldBe(TimeSpan.Zero);
    }
}
