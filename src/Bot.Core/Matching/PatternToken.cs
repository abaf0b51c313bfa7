namespace Bot.Core.Matching;

/// <summary>
/// One word of a term pattern: its folded form, whether it matches any word starting with it, and whether other words
/// may stand before it (<see cref="AfterGap"/>: "wies … zurück", a German verb and its particle around the object).
/// </summary>
internal readonly record struct PatternToken(string Form, bool Prefix, bool AfterGap = false)
{
    /// <summary>How many words at most a gap ("…" in a term) stands for: a clause's object and adverbs.</summary>
    public const int MaxGap = 6;

    public bool Matches(ReadOnlySpan<char> word) =>
        Prefix ? word.StartsWith(Form, StringComparison.Ordinal) : word.SequenceEqual(Form);

    public override string ToString() => (AfterGap ? "… " : string.Empty) + (Prefix ? Form + "*" : Form);
}
