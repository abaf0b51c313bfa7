namespace Bot.Discord.Gateway;

/// <summary>How one connection ended and what to do next.</summary>
/// <param name="Next">Resume the session, identify afresh, or stop.</param>
/// <param name="Confirmed">READY or RESUMED arrived: the connection worked, so backoff starts over.</param>
/// <param name="CloseCode">The close code Discord sent, if any.</param>
/// <param name="Delay">A wait the protocol asks for (INVALID SESSION), instead of the usual backoff.</param>
internal sealed record ConnectionOutcome(ConnectionNext Next, bool Confirmed, int? CloseCode = null, TimeSpan? Delay = null);
