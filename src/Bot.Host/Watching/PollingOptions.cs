namespace Bot.Host.Watching;

/// <summary>Polling defaults. Section <c>Bot:Polling</c>.</summary>
public sealed class PollingOptions
{
    public const string SectionName = "Bot:Polling";

    /// <summary>Poll interval of sources that set none. Default 5 minutes.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(5);
}
