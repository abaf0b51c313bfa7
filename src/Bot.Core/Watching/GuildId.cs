using System.Globalization;

namespace Bot.Core.Watching;

/// <summary>
/// The Discord guild that owns a rule, a subscription, a concept term or an alert. <see cref="Operator"/> (0) is the
/// operator's own scope: the configuration, the console and the command line without <c>--guild</c>.
/// </summary>
public readonly record struct GuildId(ulong Value)
{
    public static GuildId Operator => default;

    public bool IsOperator => Value == 0;

    /// <summary>The id as PostgreSQL's bigint holds it (snowflakes stay below 2^63).</summary>
    public long Stored => unchecked((long)Value);

    public static GuildId FromStored(long value) => new(unchecked((ulong)value));

    public override string ToString() => IsOperator ? "operator" : Value.ToString(CultureInfo.InvariantCulture);
}
