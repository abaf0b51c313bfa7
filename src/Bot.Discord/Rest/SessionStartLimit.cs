namespace Bot.Discord.Rest;

/// <summary>IDENTIFY budget: <paramref name="ResetAfter"/> is in milliseconds; <paramref name="MaxConcurrency"/> IDENTIFYs per 5 seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
