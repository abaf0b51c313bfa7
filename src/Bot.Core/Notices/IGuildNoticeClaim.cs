namespace Bot.Core.Notices;

/// <summary>A guild notice held for delivery by one worker; disposing it without marking it releases it.</summary>
public interface IGuildNoticeClaim : IAsyncDisposable
{
    GuildNotice Notice { get; }

    /// <summary>Records the notice as posted, with its Discord message.</summary>
    Task MarkDeliveredAsync(ulong? messageId, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the notice is offered again from <paramref name="retryAt"/>.</summary>
    Task MarkRetryAsync(string reason, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>Records that the notice cannot be posted; it is not offered again.</summary>
    Task MarkFailedAsync(string reason, CancellationToken cancellationToken);
}
