using System.Diagnostics.CodeAnalysis;

namespace Bot.Discord.Rest;

/// <summary>The outcome of a REST call: a value, or a <see cref="DiscordError"/>. Expected failures never throw.</summary>
public sealed record DiscordResult<T>
{
    internal DiscordResult(T? value, DiscordError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public DiscordError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
