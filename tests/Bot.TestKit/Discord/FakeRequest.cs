namespace Bot.TestKit.Discord;

/// <summary>
/// One request the fake received: arrival (<see cref="At"/>, seconds on the fake's clock), route, status, the 429's
/// scope (user, global, shared, cloudflare), and whether the global limit applies to it.
/// </summary>
public sealed record FakeRequest(double At, string Method, string Route, string Path, int Status, string? Scope, bool GlobalExempt, bool HadAuthorization, string? UserAgent);
