using Bot.Feeds.Scheduling;

namespace Bot.Pipeline.Polling;

/// <summary>
/// When to poll a source next. After a success: its interval, lengthened (never shortened) by Cache-Control max-age
/// and RSS ttl, moved out of skipHours/skipDays, all within <see cref="PollScheduleOptions.MaxDelay"/>. After a
/// failure: exponential backoff with jitter up to <see cref="PollScheduleOptions.MaxBackoff"/>, or the server's
/// Retry-After if longer; after failing for <see cref="PollScheduleOptions.PauseAfter"/> the source is paused.
/// </summary>
public sealed class PollSchedule(PollScheduleOptions options, Func<double> random)
{
    /// <summary>The next due time after a successful poll at <paramref name="now"/>.</summary>
    public DateTimeOffset AfterSuccess(DateTimeOffset now, TimeSpan interval, TimeSpan? maxAge, FeedScheduleHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
        var ceiling = Max(interval, options.MaxDelay);
        var delay = Max(interval, Max(maxAge ?? TimeSpan.Zero, hints.Ttl ?? TimeSpan.Zero));
        var due = now + Min(delay, ceiling);
        return OutsideSkipped(due, hints, now + ceiling);
    }

    /// <summary>The delay before the next try after failure number <paramref name="streak"/> (1 for the first).</summary>
    public TimeSpan Backoff(int streak, TimeSpan interval, TimeSpan? retryAfter)
    {
        var cap = Max(interval, options.MaxBackoff);
        var doubled = interval.Ticks * Math.Pow(2, Math.Min(streak, 30));
        var jittered = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, doubled * (0.75 + (0.5 * random()))));
        var delay = Max(interval, jittered);
        return retryAfter is { } wait && wait > delay ? Min(wait, Max(interval, options.MaxDelay)) : delay;
    }

    /// <summary>Whether a source failing since <paramref name="failingSince"/> should be paused at <paramref name="now"/>.</summary>
    public bool ShouldPause(DateTimeOffset failingSince, DateTimeOffset now) => now - failingSince >= options.PauseAfter;

    // RSS skipHours and skipDays are in GMT: move to the start of the first hour that is not skipped.
    private static DateTimeOffset OutsideSkipped(DateTimeOffset due, FeedScheduleHints hints, DateTimeOffset latest)
    {
        if ((hints.SkipHours.Count == 0 && hints.SkipDays.Count == 0) || hints.SkipHours.Count >= 24 || hints.SkipDays.Count >= 7)
        {
            return due;
        }

        var utc = due.ToUniversalTime();
        for (var step = 0; step < 24 * 8 && utc < latest; step++)
        {
            if (!hints.SkipHours.Contains(utc.Hour) && !hints.SkipDays.Contains(utc.DayOfWeek))
            {
                return utc;
            }

            utc = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        }

        return utc < latest ? utc : latest;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
