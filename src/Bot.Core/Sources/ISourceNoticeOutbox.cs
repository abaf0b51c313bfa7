namespace Bot.Core.Sources;

/// <summary>Source notices waiting for delivery, kept in the database.</summary>
public interface ISourceNoticeOutbox
{
    /// <summary>
    /// Takes the oldest undelivered notice no one holds, for <paramref name="hold"/>; <see langword="null"/> when none.
    /// A notice not marked delivered within the hold is offered again.
    /// </summary>
    Task<SourceNotice?> ClaimNextAsync(TimeSpan hold, CancellationToken cancellationToken);

    /// <summary>Records a claimed notice as delivered.</summary>
    Task MarkDeliveredAsync(long noticeId, CancellationToken cancellationToken);
}
