namespace Bot.Pipeline.Polling;

/// <summary>How polls are spaced, backed off and paused. Section <c>Bot:Polling</c> (shared with the default interval).</summary>
public sealed class PollScheduleOptions
{
    public const string SectionName = "Bot:Polling";

    /// <summary>The shortest interval a source may have. Default 1 minute; tests lower it.</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest delay failures back off to (exponentially, with jitter). Default 1 hour.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest a source waits, whatever max-age, ttl, skipHours or Retry-After ask. Default 1 day.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromDays(1);

    /// <summary>After failing continuously this long a source is paused until resumed. Default 1 day.</summary>
    public TimeSpan PauseAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a claimed source may wait for its turn at a busy host before another replica may poll it, on top of
    /// four times the fetch timeout. A replica that dies holds its sources this long. Default 5 minutes.
    /// </summary>
    public TimeSpan ClaimGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Polls run at once by one replica. Default 16.</summary>
    public int MaxConcurrentPolls { get; set; } = 16;
}
