namespace Bot.Core.Matching;

/// <summary>One word of a term pattern: its folded form, and whether it matches any word starting with it.</summary>
internal readonly record struct PatternToken(string Form, bool Prefix)
{
    public bool Matches(ReadOnlySpan<char> word) =>
        Prefix ? word.StartsWith(Form, StringComparison.Ordinal) : word.SequenceEqual(Form);

    public override string ToString() => Prefix ? Form + "*" : Form;
}
