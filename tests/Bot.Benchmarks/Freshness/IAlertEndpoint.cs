namespace Bot.Benchmarks.Freshness;

/// <summary>
/// Where the freshness scenario watches alerts arrive. Today that is the host's alert sink (<see cref="AlertSinkEndpoint"/>);
/// once Discord delivery is wired into the host, an endpoint that points the bot at the fake Discord (through
/// <see cref="Settings"/>) and watches its channels takes its place, and the scenario stays as it is.
/// </summary>
internal interface IAlertEndpoint
{
    /// <summary>What the latency is measured to, for the report, such as "to alert sink".</summary>
    string Label { get; }

    /// <summary>Settings the bot needs to deliver there (none for the alert sink).</summary>
    IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A sink to compose into the host in place of its own, or <see langword="null"/> to keep the host's.</summary>
    Bot.Core.Alerts.IAlertSink? Sink { get; }

    /// <summary>When (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>) the alert for the article at <paramref name="link"/> first arrived.</summary>
    bool TryGetArrival(Uri link, out long timestamp);
}
