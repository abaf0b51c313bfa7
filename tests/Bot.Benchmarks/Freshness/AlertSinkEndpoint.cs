using Bot.Benchmarks.Infrastructure;
using Bot.Core.Alerts;

namespace Bot.Benchmarks.Freshness;

/// <summary>Alerts as the host hands them to its alert sink (what the console sink prints today), recorded here.</summary>
internal sealed class AlertSinkEndpoint : IAlertEndpoint
{
    private readonly RecordingAlertSink _sink = new();

    public string Label => "to alert sink";

    public IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public IAlertSink Sink => _sink;

    public bool TryGetArrival(Uri link, out long timestamp)
    {
        foreach (var (alert, at) in _sink.Alerts)
        {
            if (alert.Link == link)
            {
                timestamp = at;
                return true;
            }
        }

        timestamp = 0;
        return false;
    }
}
