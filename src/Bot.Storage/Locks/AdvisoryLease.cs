using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Locks;

/// <summary>A held advisory lock: <see cref="Lost"/> fires when its connection fails; disposing releases it.</summary>
public sealed class AdvisoryLease : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    internal AdvisoryLease(NpgsqlConnection connection, long key, string name, ILogger logger)
    {
        _connection = connection;
        _key = key;
        _name = name;
        _logger = logger;
        _watch = WatchAsync();
    }

    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
                unlock.Parameters.AddWithValue("key", _key);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await unlock.ExecuteScalarAsync(timeout.Token);
                Log.LeaseReleased(_logger, _name);
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                // Closing the connection below releases it anyway.
            }
        }

        await _connection.DisposeAsync();
        _lost.Dispose();
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(AdvisoryLeases.CheckInterval, _stop.Token);
                await using var check = new NpgsqlCommand("SELECT 1", _connection);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(AdvisoryLeases.CheckInterval);
                await check.ExecuteScalarAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Released on purpose.
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            Log.LeaseLost(_logger, _name, ex.Message);
            await _lost.CancelAsync();
        }
    }
}
