using Bot.Feeds.Fetching;
using Bot.Storage.Sources;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Host.Fetching;

/// <summary>
/// Host turns booked in the database, so replicas polling different sources of one host keep its spacing between
/// them. When the database cannot be reached the turn is booked in this process instead: the poll goes on, polite
/// at least within this replica, and its result is recorded once the database is back.
/// </summary>
internal sealed class SharedHostTurnBook(HostTurnStore store, LocalHostTurnBook local, ILogger<SharedHostTurnBook> logger) : IHostTurnBook
{
    public async ValueTask<TimeSpan> BookAsync(string host, TimeSpan spacing, CancellationToken cancellationToken)
    {
        try
        {
            return await store.BookAsync(host, spacing, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            Log.HostTurnBookedLocally(logger, ex, host);
            return await local.BookAsync(host, spacing, cancellationToken);
        }
    }
}
