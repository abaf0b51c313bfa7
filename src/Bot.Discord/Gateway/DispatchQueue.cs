using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// A bounded queue between the socket reader and the handlers. Up to <see cref="DiscordOptions.MaxConcurrentHandlers"/>
/// events are handled at once, each in its own DI scope, so one slow handler holds one slot and nothing else; only a
/// full queue makes the reader wait.
/// </summary>
internal sealed class DispatchQueue(IServiceScopeFactory scopes, IOptions<DiscordOptions> options, TimeProvider timeProvider, ILogger<DispatchQueue> logger)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    // Replaced when a run starts after an earlier one completed it (the shard was lost and held again); events left
    // from the earlier run belong to a session this process gave up, and are dropped.
    private volatile Channel<GatewayDispatch> _channel = Create(options.Value.DispatchQueueCapacity);
    private volatile bool _completed;

    private int _running;

    /// <summary>Events waiting for a handler slot.</summary>
    public int Pending => _channel.Reader.Count;

    /// <summary>Handler tasks running now (at most <see cref="DiscordOptions.MaxConcurrentHandlers"/>).</summary>
    public int Running => Volatile.Read(ref _running);

    public ValueTask WriteAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(dispatch, cancellationToken);

    public void Complete()
    {
        _completed = true;
        _channel.Writer.TryComplete();
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (_completed)
        {
            _channel = Create(options.Value.DispatchQueueCapacity);
            _completed = false;
        }

        var slotCount = options.Value.MaxConcurrentHandlers;
        using var slots = new SemaphoreSlim(slotCount, slotCount);
        try
        {
            await foreach (var dispatch in _channel.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                _ = HandleAsync(dispatch, slots, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        // Let running handlers finish (they see the cancelled token), but do not wait forever for a stuck one.
        using var drain = new CancellationTokenSource(DrainTimeout, timeProvider);
        try
        {
            for (var i = 0; i < slotCount; i++)
            {
                await slots.WaitAsync(drain.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Log.HandlersStillRunning(logger, Running);
        }
    }

    private static Channel<GatewayDispatch> Create(int capacity) => Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
        SingleWriter = true,
    });

    private async Task HandleAsync(GatewayDispatch dispatch, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _running);
        try
        {
            await Task.Yield(); // off the reader's path before any handler code runs
            await using var scope = scopes.CreateAsyncScope();
            foreach (var handler in scope.ServiceProvider.GetServices<IGatewayDispatchHandler>())
            {
                try
                {
                    await handler.HandleAsync(dispatch, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A handler's bug must not take the gateway down: log it and go on with the next.
                    Log.HandlerFailed(logger, exception, handler.GetType().Name, dispatch.Name, dispatch.Sequence);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            slots.Release();
        }
    }
}
