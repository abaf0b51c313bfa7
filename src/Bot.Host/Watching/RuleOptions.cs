namespace Bot.Host.Watching;

/// <summary>
/// One configured keyword rule (<c>Bot:Rules:N</c>). Each entry of <see cref="Require"/> is a group of
/// alternatives separated by '|'; an article matches when every group has a hit.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>Unique rule name, shown in alerts.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Groups such as <c>"Kremlin|Russia|روسيا"</c>, <c>"denies|dément|نفى"</c>.</summary>
    public List<string> Require { get; set; } = [];
}
