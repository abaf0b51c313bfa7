namespace Bot.Core.Notices;

/// <summary>
/// Guild notices waiting for delivery. They are written by the stores, in the transaction that pauses a source or
/// rules, so there is exactly one set of notices per pause; this port only reads them out.
/// </summary>
public interface IGuildNoticeOutbox
{
    /// <summary>Takes the oldest pending notice due at <paramref name="now"/> that no one else holds, or <see langword="null"/>.</summary>
    Task<IGuildNoticeClaim?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
