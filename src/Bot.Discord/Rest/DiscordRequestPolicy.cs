namespace Bot.Discord.Rest;

/// <summary>What the handlers may do with one request, set by the typed call that made it.</summary>
/// <param name="SafeToRetry">A retry after a lost answer cannot duplicate anything (idempotent method, or POST with an enforced nonce).</param>
/// <param name="GlobalExempt">Interaction callbacks and follow-ups, which Discord exempts from the global limit.</param>
internal sealed record DiscordRequestPolicy(bool SafeToRetry, bool GlobalExempt)
{
    public static readonly HttpRequestOptionsKey<DiscordRequestPolicy> Key = new("Bot.Discord.Policy");

    public static DiscordRequestPolicy For(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var policy) ? policy : new(IsIdempotent(request.Method), GlobalExempt: false);

    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch || method == HttpMethod.Delete || method == HttpMethod.Head;
}
