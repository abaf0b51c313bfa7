using System.Collections.Concurrent;
using Bot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Discord.Tests.Gateway;

/// <summary>Every event handlers received, for exactly-once assertions; an event named BLOCK holds its handler until shutdown.</summary>
public sealed class DispatchLog
{
    public ConcurrentQueue<GatewayDispatch> Received { get; } = new();

    /// <summary>The <c>n</c> of each TEST event handled, in order of handling.</summary>
    public IReadOnlyList<int> Numbers => [.. Received.Where(d => d.Name == "TEST").Select(d => d.Data.GetProperty("n").GetInt32())];

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<DispatchLog>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGatewayDispatchHandler, Recorder>());
    }

    private sealed class Recorder(DispatchLog log) : IGatewayDispatchHandler
    {
        public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            log.Received.Enqueue(dispatch);
            if (dispatch.Name == "BLOCK")
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }
}
