namespace Bot.Benchmarks.Delivery;

/// <summary>The delivery scenario's figures, as written to the JSON file.</summary>
/// <param name="Alerts">Messages handed to the client at once.</param>
/// <param name="Channels">Channels they were spread over, evenly.</param>
/// <param name="Limits">The limits the fake Discord enforced.</param>
/// <param name="DrainSeconds">From handing the messages over to the last one accepted.</param>
/// <param name="LowerBoundSeconds">The least time the limits allow from the first request to the last.</param>
/// <param name="BindingLimit">Which limit sets the lower bound.</param>
/// <param name="Requests">Requests the fake received for them.</param>
/// <param name="Answered429">Of those, answered 429, by scope (user = a route bucket, global, shared).</param>
/// <param name="MaxRequestsInAnySecond">The most requests that arrived within one second.</param>
/// <param name="Posted">Messages the fake holds afterwards (once each if equal to <paramref name="Alerts"/>).</param>
/// <param name="Failed">Calls that returned an error.</param>
internal sealed record DeliveryFigures(
    int Alerts,
    int Channels,
    string Limits,
    double DrainSeconds,
    double LowerBoundSeconds,
    string BindingLimit,
    int Requests,
    IReadOnlyDictionary<string, int> Answered429,
    int MaxRequestsInAnySecond,
    int Posted,
    int Failed);
