using System.Collections.Concurrent;

namespace Bot.Discord.Commands;

/// <summary>Keeps registration hashes for the life of the process (the default until a stored one is wired in).</summary>
public sealed class InMemoryCommandRegistrationStore : ICommandRegistrationStore
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public ValueTask<string?> GetHashAsync(string scope, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_hashes.TryGetValue(scope, out var hash) ? hash : null);

    public ValueTask SaveHashAsync(string scope, string hash, CancellationToken cancellationToken)
    {
        _hashes[scope] = hash;
        return ValueTask.CompletedTask;
    }
}
