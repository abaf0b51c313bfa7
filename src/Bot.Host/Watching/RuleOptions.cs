namespace Bot.Host.Watching;

/// <summary>
/// One configured watch rule (<c>Bot:Rules:N</c>): either a <see cref="Query"/> in the rule language or the name
/// of a shipped <see cref="Preset"/>. Configured rules belong to the operator (guild 0) and see the operator's
/// sources; start-up saves them in the database, where they sit beside the rules added by command.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>Unique rule name, shown in alerts. Default: the preset's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>A rule such as <c>(actor:russia NEAR/10 stance:denial) AND topic:cyber</c>.</summary>
    public string? Query { get; set; }

    /// <summary>A shipped rule: <c>russia-denial</c>, <c>china-denial</c>, <c>election-hack</c> or <c>accusation</c>.</summary>
    public string? Preset { get; set; }

    /// <summary>The Discord channel (id) its alerts go to. Default: the console.</summary>
    public ulong? Channel { get; set; }

    /// <summary>A role (id) mentioned in its alerts. Needs <see cref="Channel"/>.</summary>
    public ulong? MentionRole { get; set; }

    internal string EffectiveName => string.IsNullOrWhiteSpace(Name) ? Preset?.Trim() ?? string.Empty : Name.Trim();
}
