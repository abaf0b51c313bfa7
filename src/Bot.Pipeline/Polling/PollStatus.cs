namespace Bot.Pipeline.Polling;

/// <summary>How a poll ended.</summary>
public enum PollStatus
{
    /// <summary>The feed was read; new items were stored and matched.</summary>
    Polled,

    /// <summary>No source with that name exists (it was removed since the poll was scheduled).</summary>
    UnknownSource,

    /// <summary>The feed could not be fetched.</summary>
    FetchFailed,

    /// <summary>The feed was fetched but could not be parsed.</summary>
    ParseFailed,

    /// <summary>The server said the feed has not changed since the last read.</summary>
    NotModified,

    /// <summary>The poll failed in an unexpected way (a bug, or the database); logged with the exception.</summary>
    Crashed,
}
